package dev.fmnist.nn;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.DatasetReader;
import dev.fmnist.data.registry.Datasets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Fashion-MNIST for tests, loaded once per JVM. */
public final class RealData {
    private static Dataset fashion;

    private RealData() {
    }

    /** The real Fashion-MNIST (from the directory in FMNIST_DATA). */
    public static synchronized Dataset fashion() {
        if (fashion == null) {
            try {
                fashion = DatasetReader.readDirectory(Datasets.FASHION, Path.of(System.getenv("FMNIST_DATA")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fashion;
    }
}
