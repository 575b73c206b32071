package dev.fmnist.data;

import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.source.DataStore;
import java.io.IOException;

/** The one-line entry point: {@code Dataset fashion = Fmnist.load("fashion");}. */
public final class Fmnist {
    private Fmnist() {
    }

    /**
     * Loads a registered dataset ({@code fashion}, {@code mnist} or {@code kmnist}) through
     * {@link DataStore#fromEnvironment()}: fetched if needed, verified, read into memory.
     *
     * @throws IllegalArgumentException if the name is not registered
     * @throws IOException              if no source supplies verified files (the message says what was tried)
     */
    public static Dataset load(String name) throws IOException {
        return DataStore.fromEnvironment().load(Datasets.get(name));
    }
}
