package dev.fmnist.data.source;

import dev.fmnist.data.idx.IdxFormatException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The checksums of a dataset file, computed in one pass while its decompressed content is copied: the SHA-256 of
 * the payload (the IDX file as decompressed) and, when the file is gzipped, the MD5 of the gzip bytes. Whether it is
 * gzipped is decided by its content.
 */
final class PayloadDigest {
    private static final int BUFFER = 1 << 16;

    /**
     * @param payloadSha256 SHA-256 of the decompressed content
     * @param gzipMd5       MD5 of the gzip file, or null if the file is not gzipped
     * @param payloadBytes  size of the decompressed content
     */
    record Result(String payloadSha256, String gzipMd5, long payloadBytes) {
    }

    private PayloadDigest() {
    }

    /** The checksums of a file, reading it once; see {@link #copy} for {@code limit}. */
    static Result of(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return copy(in, OutputStream.nullOutputStream(), file.toString(), limit);
        }
    }

    /** The MD5 of a file's bytes as they are (not decompressed). */
    static String md5(Path file) throws IOException {
        MessageDigest md5 = digest("MD5");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md5)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    /**
     * Copies the decompressed content of {@code raw} to {@code sink}, computing the checksums on the way, and stops
     * as soon as the content grows past {@code limit} bytes (the registered file's size), so that a small gzip bomb
     * can neither fill the disk nor take long.
     *
     * @param name how the content is named in error messages
     * @throws IdxFormatException if the gzip stream is corrupt or truncated, or the content exceeds {@code limit}
     */
    static Result copy(InputStream raw, OutputStream sink, String name, long limit) throws IOException {
        MessageDigest md5 = digest("MD5");
        MessageDigest sha = digest("SHA-256");
        BufferedInputStream in = new BufferedInputStream(new DigestInputStream(raw, md5), BUFFER);
        in.mark(2);
        boolean gzip = in.read() == 0x1F && in.read() == 0x8B;
        in.reset();
        long total = 0;
        try {
            InputStream payload = gzip ? new GZIPInputStream(in, BUFFER) : in;
            byte[] buf = new byte[BUFFER];
            for (int n; (n = payload.read(buf)) > 0; ) {
                if (total + n > limit) {
                    throw new IdxFormatException(String.format(Locale.ROOT, "%s: %s to more than %,d bytes, larger "
                            + "than the file can be: not the dataset file (a decompression bomb?)", name,
                            gzip ? "decompresses" : "runs on", limit));
                }
                sha.update(buf, 0, n);
                sink.write(buf, 0, n);
                total += n;
            }
            in.transferTo(OutputStream.nullOutputStream());
        } catch (EOFException e) {
            throw new IdxFormatException(name + ": the gzip stream ends early: the file is truncated", e);
        } catch (ZipException e) {
            throw new IdxFormatException(name + ": corrupt gzip stream (" + e.getMessage() + ")", e);
        }
        HexFormat hex = HexFormat.of();
        return new Result(hex.formatHex(sha.digest()), gzip ? hex.formatHex(md5.digest()) : null, total);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JDK", e);
        }
    }
}
