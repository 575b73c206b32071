package dev.fmnist.data.source;

import dev.fmnist.data.io.AtomicFiles;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.registry.FileRole;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One dataset's directory in the user cache ({@code <cache>/<dataset>/}): a verified uncompressed copy of each file
 * under its canonical name, {@code *.gz.part} files of downloads in progress, the {@link VerificationRecords} of
 * verified files and the {@code .lock} file. Everything but {@link #dir()} and the file names must be used while
 * holding {@link #lock()}.
 */
final class DatasetCache {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS");
    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatasetSpec spec;
    private final Path dir;
    private VerificationRecords records;

    DatasetCache(Path root, DatasetSpec spec) {
        this.spec = spec;
        this.dir = root.resolve(spec.name()).toAbsolutePath().normalize();
    }

    DatasetSpec spec() {
        return spec;
    }

    Path dir() {
        return dir;
    }

    /** Where the verified uncompressed copy of a file lives. */
    Path file(FileRole role) {
        return dir.resolve(role.baseName());
    }

    /** Where a download of the gzip file collects its bytes until it is complete and verified. */
    Path part(FileRole role) {
        return dir.resolve(role.gzipName() + ".part");
    }

    /**
     * Takes the dataset's lock (waiting for other threads and processes), then reads the verification records and
     * removes temporary files that an interrupted process left behind.
     */
    DatasetLock lock() throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot create the cache directory " + dir + " (" + e.getMessage()
                    + "); set FMNIST_CACHE to a writable folder", e);
        }
        DatasetLock lock = DatasetLock.acquire(dir.resolve(".lock"));
        try {
            records = VerificationRecords.load(dir.resolve("verified.properties"));
            removeTemporaries();
            return lock;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Verifies a file where it lies, or trusts the record of an earlier verification if the file has not changed.
     * A file that the registry cannot verify (Kuzushiji-MNIST's uncompressed copies) is verified by the SHA-256
     * recorded when a file of its name was verified, if its content still has it.
     *
     * @param origin recorded as the file's origin when it has no record yet
     * @return the record of the verified file
     * @throws UnverifiableFileException if neither the registry nor a record can verify it: it may be sound, so it
     *                                   must not be treated as corrupt
     */
    VerificationRecords.Entry verifyInPlace(FileRole role, Path file, String origin) throws IOException {
        var known = records.current(file);
        if (known.isPresent() && Checksums.accepts(spec, role, known.get().payloadSha256())) {
            return known.get();
        }
        long size = Files.size(file);
        FileTime modified = Files.getLastModifiedTime(file);
        PayloadDigest.Result digest = PayloadDigest.of(file, inPlaceLimit(role));
        String sha;
        String from = known.map(VerificationRecords.Entry::origin).orElse(origin);
        try {
            sha = Checksums.verify(spec, role, digest, file.toString(), false);
        } catch (UnverifiableFileException e) {
            VerificationRecords.Entry earlier = records.anyWith(file.getFileName().toString(), digest.payloadSha256())
                    .orElseThrow(() -> e);
            sha = earlier.payloadSha256();
            from = earlier.origin();
        }
        records.put(file, size, modified, sha, from);
        return new VerificationRecords.Entry(size, modified.toMillis(), sha, from);
    }

    /**
     * How far a file verified in place is decompressed (nothing is written, so only time is at stake): as far as
     * the largest registered file, so that another dataset's file in the wrong place is still named as such.
     */
    private long inPlaceLimit(FileRole role) {
        long largest = spec.payloadBytes(role);
        for (DatasetSpec d : Datasets.all()) {
            for (FileRole r : FileRole.values()) {
                largest = Math.max(largest, d.payloadBytes(r));
            }
        }
        return largest;
    }

    /**
     * Decompresses (if gzipped) and verifies a file's content into the cache. The copy is moved under the file's
     * name only once verified; on any failure nothing is left behind.
     *
     * @param origin       the source of the content, recorded and reported
     * @param officialGzip whether {@code raw} is the gzip file as an official mirror served it (its MD5 is checked)
     */
    FetchedFile install(FileRole role, InputStream raw, String origin, boolean officialGzip) throws IOException {
        Path target = file(role);
        Path tmp = dir.resolve("." + role.baseName() + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + TEMPORARY_SUFFIX);
        try {
            PayloadDigest.Result digest;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                digest = PayloadDigest.copy(raw, out, role.gzipName() + " from " + origin, spec.payloadBytes(role));
            }
            String sha = Checksums.verify(spec, role, digest, role.gzipName() + " from " + origin, officialGzip);
            records.put(target, Files.size(tmp), Files.getLastModifiedTime(tmp), sha, origin);
            AtomicFiles.moveIntoPlace(tmp, target);
            return new FetchedFile(role, origin, target, sha);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Renames a corrupt file to {@code <name>.corrupt-<timestamp>} so that it is never read again, and returns it. */
    Path moveAside(Path file) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + LocalDateTime.now().format(STAMP));
        Files.move(file, aside);
        records.remove(file);
        return aside;
    }

    private void removeTemporaries() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, ".*" + TEMPORARY_SUFFIX)) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        }
    }
}
