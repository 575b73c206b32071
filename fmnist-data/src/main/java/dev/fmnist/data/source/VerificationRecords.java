package dev.fmnist.data.source;

import dev.fmnist.data.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.Properties;

/**
 * What earlier verifications found, so that an unchanged file is not hashed again on every load: for each verified
 * file (by absolute path), its size and modification time when it was verified, its payload SHA-256 and the source it
 * came from. Kept in {@code verified.properties} in the dataset's cache directory; read and written under the
 * dataset's lock.
 */
final class VerificationRecords {
    /** One verified file. */
    record Entry(long size, long modifiedMillis, String payloadSha256, String origin) {
    }

    private final Path file;
    private final Properties entries = new Properties();

    private VerificationRecords(Path file) {
        this.file = file;
    }

    /** The records kept in {@code file}; none if it does not exist or cannot be parsed. */
    static VerificationRecords load(Path file) throws IOException {
        VerificationRecords r = new VerificationRecords(file);
        try (InputStream in = Files.newInputStream(file)) {
            r.entries.load(in);
        } catch (NoSuchFileException e) {
            return r;
        } catch (IllegalArgumentException e) {
            r.entries.clear();
        }
        return r;
    }

    /** The record of {@code data} if it was verified and has not changed since (same size and modification time). */
    Optional<Entry> current(Path data) throws IOException {
        String value = entries.getProperty(key(data));
        if (value == null || !Files.isRegularFile(data)) {
            return Optional.empty();
        }
        String[] f = value.split(" ", 4);
        if (f.length < 4) {
            return Optional.empty();
        }
        try {
            Entry e = new Entry(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2], f[3]);
            boolean unchanged = e.size() == Files.size(data)
                    && e.modifiedMillis() == Files.getLastModifiedTime(data).toMillis();
            return unchanged ? Optional.of(e) : Optional.empty();
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    /**
     * A record of some file named {@code fileName} whose payload had this SHA-256, whatever its path, size or time:
     * proof that this content was verified once, for a copy whose own record no longer applies (touched, copied
     * without its times, or a cache that moved).
     */
    Optional<Entry> anyWith(String fileName, String payloadSha256) {
        for (String key : entries.stringPropertyNames()) {
            String[] f = entries.getProperty(key).split(" ", 4);
            if (f.length == 4 && f[2].equals(payloadSha256) && Path.of(key).getFileName().toString().equals(fileName)) {
                try {
                    return Optional.of(new Entry(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2], f[3]));
                } catch (NumberFormatException e) {
                    // a damaged record proves nothing
                }
            }
        }
        return Optional.empty();
    }

    /** Records that {@code data}, of this size and modification time, was verified. */
    void put(Path data, long size, FileTime modified, String payloadSha256, String origin) throws IOException {
        entries.setProperty(key(data), size + " " + modified.toMillis() + " " + payloadSha256 + " " + origin);
        save();
    }

    /** Forgets {@code data}. */
    void remove(Path data) throws IOException {
        if (entries.remove(key(data)) != null) {
            save();
        }
    }

    private void save() throws IOException {
        AtomicFiles.write(file, out -> entries.store(out, "fmnist: files verified earlier (size mtime sha256 origin)"));
    }

    private static String key(Path data) {
        return data.toAbsolutePath().normalize().toString();
    }
}
