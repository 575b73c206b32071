package dev.fmnist.viz.embed;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.Fmnist;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The real Fashion-MNIST (through the data store), loaded once per test JVM, and samples of it. */
final class RealFashion {
    private static Dataset fashion;

    private RealFashion() {
    }

    static synchronized Dataset dataset() {
        if (fashion == null) {
            try {
                fashion = Fmnist.load("fashion");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fashion;
    }

    /** A stratified sample of {@code n} test images. */
    static ImageSelection testSample(int n) {
        return ImageSelection.sample(List.of(dataset().test()), n, 0);
    }
}
