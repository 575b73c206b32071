package dev.fmnist.data.testing;

import dev.fmnist.data.registry.DatasetFile;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.registry.PackageSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A small MNIST-shaped dataset made in memory for tests (28x28 random images, labels {@code i % 10}), with the
 * IDX payloads, their gzip files and checksums, and a registry entry ({@link DatasetSpec}) whose mirrors, system
 * directories and packages the test chooses. The same name and seed always give the same bytes.
 */
public final class SyntheticDataset {
    private final String name;
    private final Map<FileRole, byte[]> payloads = new EnumMap<>(FileRole.class);
    private final Map<FileRole, byte[]> gzips = new EnumMap<>(FileRole.class);

    private SyntheticDataset(String name, int trainCount, int testCount, long seed) {
        this.name = name;
        payloads.put(FileRole.TRAIN_IMAGES, idx(dev.fmnist.data.SyntheticDataset.images(trainCount, seed),
                trainCount, 28, 28));
        payloads.put(FileRole.TRAIN_LABELS, idx(dev.fmnist.data.SyntheticDataset.labels(trainCount), trainCount));
        payloads.put(FileRole.TEST_IMAGES, idx(dev.fmnist.data.SyntheticDataset.images(testCount, seed + 1),
                testCount, 28, 28));
        payloads.put(FileRole.TEST_LABELS, idx(dev.fmnist.data.SyntheticDataset.labels(testCount), testCount));
        payloads.forEach((role, bytes) -> gzips.put(role, gzip(bytes)));
    }

    /** 300 training and 100 test images, enough for a download to take several reads; labels cycle 0..9. */
    public static SyntheticDataset create(String name, long seed) {
        return new SyntheticDataset(name, 300, 100, seed);
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

    private static byte[] idx(byte[] data, int... dims) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
        b.putInt(0x0800 | dims.length);
        for (int d : dims) {
            b.putInt(d);
        }
        return b.put(data).array();
    }

    private static byte[] gzip(byte[] data) {
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
