package dev.fmnist.data;

import dev.fmnist.data.idx.IdxArray;
import dev.fmnist.data.idx.IdxWriter;
import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/** Small synthetic MNIST-shaped datasets (28x28 images, labels 0..9) written as IDX files for tests. */
public final class SyntheticDataset {
    public static final int ROWS = 28;
    public static final int COLS = 28;

    private SyntheticDataset() {
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

    /**
     * Writes the four files of a dataset with {@code trainCount} and {@code testCount} images into {@code dir},
     * under their canonical names, gzipped or not; returns the arrays written.
     */
    public static Map<FileRole, IdxArray> write(Path dir, int trainCount, int testCount, boolean gzip)
            throws IOException {
        Map<FileRole, IdxArray> arrays = new EnumMap<>(FileRole.class);
        arrays.put(FileRole.TRAIN_IMAGES, IdxArray.ofUnsignedBytes(images(trainCount, 1), trainCount, ROWS, COLS));
        arrays.put(FileRole.TRAIN_LABELS, IdxArray.ofUnsignedBytes(labels(trainCount), trainCount));
        arrays.put(FileRole.TEST_IMAGES, IdxArray.ofUnsignedBytes(images(testCount, 2), testCount, ROWS, COLS));
        arrays.put(FileRole.TEST_LABELS, IdxArray.ofUnsignedBytes(labels(testCount), testCount));
        for (var e : arrays.entrySet()) {
            String name = gzip ? e.getKey().gzipName() : e.getKey().baseName();
            IdxWriter.write(e.getValue(), dir.resolve(name), gzip);
        }
        return arrays;
    }
}
