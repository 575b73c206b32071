package dev.fmnist.data;

import dev.fmnist.data.idx.IdxArray;
import dev.fmnist.data.idx.IdxFormatException;
import dev.fmnist.data.idx.IdxReader;
import dev.fmnist.data.idx.IdxType;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the four IDX files of a dataset into a {@link Dataset}, decompressing them in parallel and computing each
 * file's payload SHA-256 in the same pass. It checks the shapes (images {@code n x 28 x 28}, labels {@code n}, the
 * same {@code n} in both files of a split); comparing the checksums with the registry is the caller's part.
 */
public final class DatasetReader {
    private DatasetReader() {
    }

    /** A file as read: its array and the SHA-256 of its decompressed content. */
    public record ReadFile(FileRole role, Path path, IdxArray array, String payloadSha256) {
    }

    /** Reads and hashes all four files in parallel. */
    public static Map<FileRole, ReadFile> readAll(Map<FileRole, Path> files) throws IOException {
        return readAll(files, Map.of());
    }

    /**
     * Reads all four files in parallel, one thread each (not the common pool, which has a single worker on a
     * two-core machine). A file whose payload SHA-256 was verified before (given in
     * {@code verifiedSha256}) is read without hashing and reported with that checksum; the others are hashed.
     */
    public static Map<FileRole, ReadFile> readAll(Map<FileRole, Path> files, Map<FileRole, String> verifiedSha256)
            throws IOException {
        for (FileRole role : FileRole.values()) {
            if (files.get(role) == null) {
                throw new IllegalArgumentException("no file given for " + role.baseName());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(FileRole.values().length, r -> {
            Thread t = new Thread(r, "fmnist-read");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<FileRole, Future<ReadFile>> futures = new EnumMap<>(FileRole.class);
            for (FileRole role : FileRole.values()) {
                Path p = files.get(role);
                String sha = verifiedSha256.get(role);
                futures.put(role, pool.submit(() -> sha == null ? readOne(role, p) : readVerified(role, p, sha)));
            }
            Map<FileRole, ReadFile> result = new EnumMap<>(FileRole.class);
            for (var e : futures.entrySet()) {
                result.put(e.getKey(), await(e.getValue()));
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ReadFile await(Future<ReadFile> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the dataset files");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) cause;
        }
    }

    /** Reads one file, hashing its decompressed content. */
    public static ReadFile readOne(FileRole role, Path path) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            IdxArray a = IdxReader.read(path, sha);
            return new ReadFile(role, path, a, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads one file whose payload SHA-256 was verified before, without hashing it again. */
    public static ReadFile readVerified(FileRole role, Path path, String payloadSha256) {
        try {
            return new ReadFile(role, path, IdxReader.read(path), payloadSha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a dataset from files already read, checking that they have the shapes of an MNIST-family dataset.
     *
     * @param sources for each file, the name of the source that supplied it
     */
    public static Dataset assemble(DatasetSpec spec, Map<FileRole, ReadFile> read, Map<FileRole, String> sources)
            throws IdxFormatException {
        List<FileProvenance> provenance = new ArrayList<>();
        for (FileRole role : FileRole.values()) {
            ReadFile f = read.get(role);
            provenance.add(new FileProvenance(role, sources.getOrDefault(role, "file"), f.path(), f.payloadSha256()));
        }
        return new Dataset(spec,
                split(spec, "train", read.get(FileRole.TRAIN_IMAGES), read.get(FileRole.TRAIN_LABELS)),
                split(spec, "test", read.get(FileRole.TEST_IMAGES), read.get(FileRole.TEST_LABELS)),
                provenance);
    }

    /** Reads a dataset's four files from a directory, under any accepted name, without comparing checksums. */
    public static Dataset readDirectory(DatasetSpec spec, Path dir) throws IOException {
        Map<FileRole, Path> files = new EnumMap<>(FileRole.class);
        for (FileRole role : FileRole.values()) {
            files.put(role, DatasetFiles.find(dir, role).orElseThrow(() -> new java.nio.file.NoSuchFileException(
                    dir.resolve(role.gzipName()).toString(), null,
                    "not found (also looked for " + String.join(", ", role.acceptedNames()) + ")")));
        }
        Map<FileRole, String> sources = new EnumMap<>(FileRole.class);
        files.keySet().forEach(r -> sources.put(r, "dir " + dir));
        return assemble(spec, readAll(files), sources);
    }

    private static Split split(DatasetSpec spec, String name, ReadFile images, ReadFile labels)
            throws IdxFormatException {
        IdxArray img = images.array();
        IdxArray lab = labels.array();
        int[] s = img.shape();
        if (img.type() != IdxType.UNSIGNED_BYTE || s.length != 3) {
            throw new IdxFormatException(images.path() + ": expected unsigned-byte images [n x rows x cols] "
                    + "(magic 0x00000803), found " + img.header());
        }
        if (lab.type() != IdxType.UNSIGNED_BYTE || lab.shape().length != 1) {
            throw new IdxFormatException(labels.path() + ": expected unsigned-byte labels [n] "
                    + "(magic 0x00000801), found " + lab.header());
        }
        if (s[0] != lab.shape()[0]) {
            throw new IdxFormatException(String.format(Locale.ROOT,
                    "the %s images and labels disagree: %s holds %,d images but %s holds %,d labels",
                    name, images.path(), s[0], labels.path(), lab.shape()[0]));
        }
        try {
            return new Split(name, img.bytes(), lab.bytes(), s[1], s[2], spec.labelNames());
        } catch (IllegalArgumentException e) {
            throw new IdxFormatException(labels.path() + ": " + e.getMessage());
        }
    }
}
