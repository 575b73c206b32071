package dev.fmnist.nn;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.Fmnist;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Fashion-MNIST for tests, loaded once per JVM. */
public final class RealData {
    private static Dataset fashion;

    private RealData() {
    }

    /** The real Fashion-MNIST (through the data store). */
    public static synchronized Dataset fashion() {
        if (fashion == null) {
            try {
                fashion = Fmnist.load("fashion");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fashion;
    }
}
