package dev.fmnist.data.testing;

import dev.fmnist.data.Split;
import dev.fmnist.data.idx.IdxArray;
import dev.fmnist.data.idx.IdxWriter;
import dev.fmnist.data.registry.DatasetFile;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.registry.PackageSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Small MNIST-shaped datasets made for tests (28x28 random images, labels {@code i % 10}): raw arrays, IDX files
 * written into a directory, and a whole dataset in memory with the
 * IDX payloads, their gzip files and checksums, and a registry entry ({@link DatasetSpec}) whose mirrors, system
 * directories and packages the test chooses. The same name and seed always give the same bytes.
 */
public final class SyntheticDataset {
    public static final int ROWS = 28;
    public static final int COLS = 28;

    private final String name;
    private final Map<FileRole, IdxArray> arrays = new EnumMap<>(FileRole.class);
    private final Map<FileRole, byte[]> payloads = new EnumMap<>(FileRole.class);
    private final Map<FileRole, byte[]> gzips = new EnumMap<>(FileRole.class);

    private SyntheticDataset(String name, int trainCount, int testCount, long seed) {
        this.name = name;
        arrays.put(FileRole.TRAIN_IMAGES, IdxArray.ofUnsignedBytes(images(trainCount, seed), trainCount, ROWS, COLS));
        arrays.put(FileRole.TRAIN_LABELS, IdxArray.ofUnsignedBytes(labels(trainCount), trainCount));
        arrays.put(FileRole.TEST_IMAGES, IdxArray.ofUnsignedBytes(images(testCount, seed + 1), testCount, ROWS, COLS));
        arrays.put(FileRole.TEST_LABELS, IdxArray.ofUnsignedBytes(labels(testCount), testCount));
        arrays.forEach((role, array) -> payloads.put(role, idx(array)));
        payloads.forEach((role, bytes) -> gzips.put(role, gzip(bytes)));
    }

    /** 300 training and 100 test images, enough for a download to take several reads; labels cycle 0..9. */
    public static SyntheticDataset create(String name, long seed) {
        return new SyntheticDataset(name, 300, 100, seed);
    }

    /**
     * Writes the four files of a dataset with {@code trainCount} and {@code testCount} images into {@code dir},
     * under their canonical names, gzipped or not; returns the arrays written.
     */
    public static Map<FileRole, IdxArray> write(Path dir, int trainCount, int testCount, boolean gzipped)
            throws IOException {
        SyntheticDataset data = new SyntheticDataset("synthetic", trainCount, testCount, 1);
        data.writeTo(dir, gzipped);
        return new EnumMap<>(data.arrays);
    }

    /** A split of {@code n} random images ({@link #images}) with labels {@code i % 10} named by {@code labelNames}. */
    public static Split split(String name, int n, long seed, List<String> labelNames) {
        return new Split(name, images(n, seed), labels(n), ROWS, COLS, labelNames);
    }

    /** {@code n} random images of 28x28. */
    public static byte[] images(int n, long seed) {
        byte[] b = new byte[n * ROWS * COLS];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** {@code n} labels: {@code i % 10}, so that every class has {@code n / 10} images when n is a multiple of 10. */
    public static byte[] labels(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i % 10);
        }
        return b;
    }

    public String name() {
        return name;
    }

    /** The IDX file as decompressed. */
    public byte[] payload(FileRole role) {
        return payloads.get(role).clone();
    }

    /** The gzip file a mirror serves. */
    public byte[] gzip(FileRole role) {
        return gzips.get(role).clone();
    }

    public String payloadSha256(FileRole role) {
        return hex("SHA-256", payloads.get(role));
    }

    public String gzipMd5(FileRole role) {
        return hex("MD5", gzips.get(role));
    }

    /** A registry entry with both checksums of every file, these mirrors and no other source. */
    public DatasetSpec spec(List<URI> mirrors) {
        return spec(mirrors, List.of(), List.of());
    }

    /** A registry entry with both checksums of every file and the given sources. */
    public DatasetSpec spec(List<URI> mirrors, List<String> systemDirs, List<PackageSource> packages) {
        return spec(mirrors, systemDirs, packages, true);
    }

    /** A registry entry that, like Kuzushiji-MNIST's, knows only the MD5 of each gzip file. */
    public DatasetSpec specWithoutPayloadChecksums(List<URI> mirrors) {
        return spec(mirrors, List.of(), List.of(), false);
    }

    /** Writes the four files under their canonical names into {@code dir}, gzipped or not; returns {@code dir}. */
    public Path writeTo(Path dir, boolean gzipped) throws IOException {
        Files.createDirectories(dir);
        for (FileRole role : FileRole.values()) {
            Files.write(dir.resolve(gzipped ? role.gzipName() : role.baseName()),
                    gzipped ? gzips.get(role) : payloads.get(role));
        }
        return dir;
    }

    private DatasetSpec spec(List<URI> mirrors, List<String> systemDirs, List<PackageSource> packages,
                             boolean payloadChecksums) {
        Map<FileRole, DatasetFile> files = new EnumMap<>(FileRole.class);
        for (FileRole role : FileRole.values()) {
            files.put(role, new DatasetFile(role, payloadChecksums ? payloadSha256(role) : null, gzipMd5(role)));
        }
        return new DatasetSpec(name, "Synthetic " + name, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                files, mirrors, systemDirs, packages, payloads.get(FileRole.TRAIN_LABELS).length - 8,
                payloads.get(FileRole.TEST_LABELS).length - 8);
    }

    private static byte[] idx(IdxArray array) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            IdxWriter.write(array, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code data} gzipped. */
    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String hex(String algorithm, byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
