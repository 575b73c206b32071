package dev.fmnist.data.idx;

import dev.fmnist.data.io.PrintableText;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files, gzipped or not: compression is detected from the content (the gzip magic {@code 1f 8b}),
 * never from the file name. Element data is read with one bulk read into one contiguous array.
 * Every malformed input fails with an {@link IdxFormatException} whose message names the file and the problem.
 */
public final class IdxReader {
    private static final int BUFFER = 1 << 16;
    /**
     * Plain files are read in chunks of this size, which keeps the JDK's temporary native buffer small and in the
     * CPU cache: measured 2-4x faster than one read into the whole array, and than a memory map and copy.
     */
    private static final int PLAIN_CHUNK = 1 << 20;
    /** The largest array the JVM reliably allocates. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    /** The first allocation for data read from a stream; it doubles as more data arrives. */
    private static final int FIRST_CHUNK = 1 << 20;
    /** Deflate's best ratio is below 1032:1, so a gzip file of n bytes never holds more than this times n. */
    private static final int MAX_DEFLATE_RATIO = 1032;
    /** A gzip header (10 bytes) and trailer (8 bytes) around at least nothing. */
    private static final int GZIP_MIN_BYTES = 18;

    /**
     * The first {@link WholeGzipInflater} on the class path that loads, found once, on the first gzip file: plain
     * reads (the cache's copies) never load a native library.
     */
    private static final class FastInflater {
        static final WholeGzipInflater INSTANCE = ServiceLoader.load(WholeGzipInflater.class).stream()
                .flatMap(p -> {
                    try {
                        return java.util.stream.Stream.of(p.get());
                    } catch (java.util.ServiceConfigurationError | LinkageError e) {
                        return java.util.stream.Stream.empty();
                    }
                })
                .findFirst().orElse(null);
    }

    private IdxReader() {
    }

    /** Reads a whole IDX file. */
    public static IdxArray read(Path file) throws IOException {
        return read(file, null);
    }

    /**
     * Reads a whole IDX file, feeding every decompressed byte (header and data) to {@code digest} if it is not null,
     * so that the payload checksum costs no second pass over the file.
     */
    public static IdxArray read(Path file, MessageDigest digest) throws IOException {
        return read(file, digest, () -> FastInflater.INSTANCE);
    }

    /** The optional whole-file gzip inflater in use, if one was found on the class path. */
    public static Optional<WholeGzipInflater> wholeGzipInflater() {
        return Optional.ofNullable(FastInflater.INSTANCE);
    }

    /** Reads a whole IDX file; {@code fastInflater} is asked for the optional inflater only if the file is gzip. */
    static IdxArray read(Path file, MessageDigest digest, Supplier<WholeGzipInflater> fastInflater)
            throws IOException {
        String name = file.toString();
        try (FileChannel ch = open(file)) {
            if (!isGzip(ch)) {
                return readPlain(ch, name, digest);
            }
            ch.position(0);
            String gzName = name + " (gzip)";
            try (InputStream in = new GZIPInputStream(new BufferedInputStream(Channels.newInputStream(ch), BUFFER),
                    BUFFER)) {
                IdxHeader header = readHeader(in, gzName, digest);
                WholeGzipInflater fast = fastInflater.get();
                IdxArray whole = fast == null ? null : inflateWhole(ch, header, fast, digest);
                return whole != null ? whole : readData(in, gzName, header, digest);
            } catch (EOFException e) {
                throw new IdxFormatException(name + ": the gzip stream ends early: the file is truncated "
                        + "(an interrupted download?); delete it and fetch it again", e);
            } catch (ZipException e) {
                throw new IdxFormatException(name + ": corrupt gzip stream (" + e.getMessage()
                        + "); delete the file and fetch it again", e);
            }
        }
    }

    /**
     * Decompresses a whole gzip file with the optional fast inflater, when its trailer's size (ISIZE) matches what
     * the header declares; null when it does not or when the inflater declines, and the streaming path goes on.
     */
    private static IdxArray inflateWhole(FileChannel ch, IdxHeader header, WholeGzipInflater fast,
                                         MessageDigest digest) throws IOException {
        long total = header.headerBytes() + header.payloadBytes();
        long size = ch.size();
        if (total > MAX_ARRAY || size < GZIP_MIN_BYTES || total > (size - GZIP_MIN_BYTES) * MAX_DEFLATE_RATIO) {
            return null; // the trailer's size would be a lie: the streaming path finds the file truncated
        }
        ByteBuffer isize = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        ch.read(isize, size - 4);
        if (isize.getInt(0) != (int) total) {
            return null;
        }
        try (WholeGzipInflater.Inflated out = fast.inflate(ch.map(FileChannel.MapMode.READ_ONLY, 0, size),
                (int) total)) {
            if (out == null) {
                return null;
            }
            byte[] raw = new byte[(int) header.payloadBytes()];
            out.content().get(header.headerBytes(), raw);
            if (digest != null) {
                digest.update(raw);
            }
            return IdxArray.decode(header, raw);
        }
    }

    /** Reads only the header of an IDX file (gzipped or not). */
    public static IdxHeader readHeader(Path file) throws IOException {
        String name = file.toString();
        try (FileChannel ch = open(file)) {
            boolean gz = isGzip(ch);
            ch.position(0);
            InputStream raw = new BufferedInputStream(Channels.newInputStream(ch), BUFFER);
            try (InputStream in = gz ? new GZIPInputStream(raw, BUFFER) : raw) {
                return readHeader(in, name, null);
            } catch (EOFException e) {
                throw new IdxFormatException(name + ": the gzip stream ends inside the IDX header", e);
            } catch (ZipException e) {
                throw new IdxFormatException(name + ": corrupt gzip stream (" + e.getMessage() + ")", e);
            }
        }
    }

    /**
     * Reads an IDX array from an uncompressed stream, which must end right after the data.
     *
     * @param name how the source is named in error messages
     */
    public static IdxArray read(InputStream in, String name, MessageDigest digest) throws IOException {
        return readData(in, name, readHeader(in, name, digest), digest);
    }

    private static IdxArray readData(InputStream in, String name, IdxHeader header, MessageDigest digest)
            throws IOException {
        byte[] raw = readDeclared(in, name, header);
        long trailing = countRemaining(in);
        if (trailing > 0) {
            throw trailingBytes(name, header, trailing);
        }
        if (digest != null) {
            digest.update(raw);
        }
        return IdxArray.decode(header, raw);
    }

    /**
     * The {@code payloadBytes} the header declares, read from a stream whose length is unknown: the array grows as the
     * data arrives (at most doubling), so that a short stream with a huge header costs no more memory than its data.
     */
    private static byte[] readDeclared(InputStream in, String name, IdxHeader header) throws IOException {
        int expected = (int) header.payloadBytes();
        byte[] raw = new byte[Math.min(expected, FIRST_CHUNK)];
        int got = 0;
        while (true) {
            int n = in.readNBytes(raw, got, raw.length - got);
            got += n;
            if (got < raw.length) {
                throw truncated(name, header, got);
            }
            if (got == expected) {
                return raw;
            }
            raw = Arrays.copyOf(raw, (int) Math.min(expected, 2L * raw.length));
        }
    }

    private static IdxArray readPlain(FileChannel ch, String name, MessageDigest digest) throws IOException {
        ch.position(0);
        IdxHeader header = readHeader(Channels.newInputStream(ch), name, digest);
        long expected = header.payloadBytes();
        long available = ch.size() - header.headerBytes();
        if (available < expected) {
            throw truncated(name, header, available);
        }
        if (available > expected) {
            throw trailingBytes(name, header, available - expected);
        }
        byte[] raw = new byte[(int) expected];
        ByteBuffer buf = ByteBuffer.wrap(raw);
        long pos = header.headerBytes();
        while (buf.position() < raw.length) {
            // In chunks: the JDK copies a heap read through a temporary native buffer as large as the request.
            buf.limit((int) Math.min(raw.length, buf.position() + (long) PLAIN_CHUNK));
            int n = ch.read(buf, pos);
            if (n < 0) {
                throw truncated(name, header, buf.position());
            }
            pos += n;
        }
        if (digest != null) {
            digest.update(raw);
        }
        return IdxArray.decode(header, raw);
    }

    private static IdxHeader readHeader(InputStream in, String name, MessageDigest digest) throws IOException {
        byte[] magic = in.readNBytes(4);
        if (magic.length >= 2 && magic.length < 4 && magic[0] == 0 && magic[1] == 0) {
            throw new IdxFormatException(name + ": the file ends inside the 4-byte magic number, after "
                    + hex(magic, magic.length));
        }
        if (magic.length < 4 || magic[0] != 0 || magic[1] != 0) {
            byte[] head = new byte[64];
            System.arraycopy(magic, 0, head, 0, magic.length);
            int more = magic.length < 4 ? 0 : in.readNBytes(head, 4, head.length - 4);
            throw new IdxFormatException(name + ": not an IDX file: " + describe(head, magic.length + more));
        }
        IdxType type;
        try {
            type = IdxType.fromCode(magic[2] & 0xFF);
        } catch (IllegalArgumentException e) {
            throw new IdxFormatException(name + ": " + e.getMessage() + " in the magic number " + hex(magic, 4));
        }
        int rank = magic[3] & 0xFF;
        if (rank == 0) {
            throw new IdxFormatException(name + ": the magic number " + hex(magic, 4)
                    + " declares zero dimensions; an IDX array needs at least one");
        }
        byte[] dimBytes = in.readNBytes(4 * rank);
        if (dimBytes.length < 4 * rank) {
            throw new IdxFormatException(String.format(Locale.ROOT,
                    "%s: the file ends inside the header: %d dimensions need %d header bytes, found %d",
                    name, rank, 4 + 4 * rank, 4 + dimBytes.length));
        }
        ByteBuffer b = ByteBuffer.wrap(dimBytes);
        int[] dims = new int[rank];
        long elements = 1;
        for (int i = 0; i < rank; i++) {
            long d = b.getInt() & 0xFFFFFFFFL;
            elements *= d;
            if (d > MAX_ARRAY || elements * type.width() > MAX_ARRAY) {
                throw new IdxFormatException(String.format(Locale.ROOT,
                        "%s: the header declares %s elements of %d bytes, more than a Java array can hold "
                                + "(at most %,d bytes); this is not an MNIST-family file, or its header is corrupt",
                        name, dimsText(b, i, d), type.width(), MAX_ARRAY));
            }
            dims[i] = (int) d;
        }
        if (digest != null) {
            digest.update(magic);
            digest.update(dimBytes);
        }
        return new IdxHeader(type, dims);
    }

    private static String dimsText(ByteBuffer b, int upTo, long last) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < upTo; i++) {
            sb.append(String.format(Locale.ROOT, "%,d x ", b.getInt(4 * i) & 0xFFFFFFFFL));
        }
        return sb.append(String.format(Locale.ROOT, "%,d", last)).toString();
    }

    private static IdxFormatException truncated(String name, IdxHeader h, long found) {
        return new IdxFormatException(String.format(Locale.ROOT,
                "%s: truncated: expected %,d bytes of %s data after the %d-byte header (%s), found %,d; "
                        + "the file is incomplete, fetch it again",
                name, h.payloadBytes(), what(h), h.headerBytes(), h, found));
    }

    private static IdxFormatException trailingBytes(String name, IdxHeader h, long extra) {
        return new IdxFormatException(String.format(Locale.ROOT,
                "%s: %,d trailing bytes after the %,d bytes of %s data that the header (%s) declares; "
                        + "the header and the data disagree",
                name, extra, h.payloadBytes(), what(h), h));
    }

    private static String what(IdxHeader h) {
        if (h.type() == IdxType.UNSIGNED_BYTE && h.rank() == 3) {
            return "pixel";
        }
        return h.type() == IdxType.UNSIGNED_BYTE && h.rank() == 1 ? "label" : "element";
    }

    private static long countRemaining(InputStream in) throws IOException {
        long total = 0;
        byte[] sink = new byte[8192];
        for (int n; (n = in.read(sink)) > 0; ) {
            total += n;
        }
        return total;
    }

    /** Says what some bytes look like: an HTML page, other text, or which bytes they are. */
    public static String describe(byte[] head, int length) {
        if (length == 0) {
            return "it is empty";
        }
        String text = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        if (text.stripLeading().startsWith("<")) {
            return "it is an HTML or XML page (a server's error page saved as data?), starting with \""
                    + printable(text) + "\"";
        }
        if (text.chars().allMatch(c -> c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c < 0x7F))) {
            return "it is text, starting with \"" + printable(text) + "\"";
        }
        return "the magic number should start with two zero bytes, found " + hex(head, Math.min(4, length));
    }

    private static String printable(String s) {
        String one = PrintableText.of(s.strip().replaceAll("\\s+", " "));
        return one.length() > 40 ? one.substring(0, 40) + "..." : one;
    }

    private static String hex(byte[] b, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(String.format("%02X", b[i] & 0xFF));
        }
        return sb.toString();
    }

    /** True if the channel's content starts with the gzip magic bytes. */
    static boolean isGzip(FileChannel ch) throws IOException {
        ByteBuffer two = ByteBuffer.allocate(2);
        ch.read(two, 0);
        return two.position() == 2 && (two.get(0) & 0xFF) == 0x1F && (two.get(1) & 0xFF) == 0x8B;
    }

    private static FileChannel open(Path file) throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
    }
}
