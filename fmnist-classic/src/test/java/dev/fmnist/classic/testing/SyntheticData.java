package dev.fmnist.classic.testing;

import dev.fmnist.classic.features.PreparedDataset;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.Split;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.registry.DatasetSpec;
import java.util.List;
import java.util.SplittableRandom;

/** Small datasets of 4x4 images in ten noisy classes: each class brightens its own pixel. */
public final class SyntheticData {
    private SyntheticData() {
    }

    /** A prepared dataset registered as {@code spec}, with {@code train} and {@code test} images. */
    public static PreparedDataset prepared(DatasetSpec spec, int train, int test, long seed) {
        return PreparedDataset.standardize(dataset(spec, train, test, seed));
    }

    /** A small Fashion-MNIST stand-in. */
    public static PreparedDataset fashion() {
        return prepared(Datasets.FASHION, 300, 100, 1);
    }

    public static Dataset dataset(DatasetSpec spec, int train, int test, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        return new Dataset(spec, split("train", train, rnd, spec), split("test", test, rnd, spec), List.of());
    }

    private static Split split(String name, int n, SplittableRandom rnd, DatasetSpec spec) {
        byte[] images = new byte[n * 16];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            int label = i % 10;
            labels[i] = (byte) label;
            for (int p = 0; p < 16; p++) {
                int v = rnd.nextInt(100) + (p == label ? 120 : 0);
                images[i * 16 + p] = (byte) v;
            }
            images[i * 16 + 15] = 7;
        }
        return new Split(name, images, labels, 4, 4, spec.labelNames());
    }
}
