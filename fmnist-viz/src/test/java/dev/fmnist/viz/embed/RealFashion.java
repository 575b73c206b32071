package dev.fmnist.viz.embed;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.Fmnist;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The real Fashion-MNIST (through the data store), loaded once per test JVM on first use, and samples of it. */
final class RealFashion {
    private RealFashion() {
    }

    /** Holds the dataset; the JVM loads this class, and so the data, on first use only. */
    private static final class Loaded {
        static final Dataset FASHION = load();

        private static Dataset load() {
            try {
                return Fmnist.load("fashion");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Dataset dataset() {
        return Loaded.FASHION;
    }

    /** A stratified sample of {@code n} test images. */
    static ImageSelection testSample(int n) {
        return ImageSelection.sample(List.of(dataset().test()), n, 0);
    }
}
