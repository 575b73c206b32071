package dev.fmnist.cli.commands;

import dev.fmnist.data.Dataset;
import java.io.IOException;

/** Loads a registered dataset by name (in the CLI: the data store's {@code Fmnist.load}). */
@FunctionalInterface
public interface DatasetLoader {
    Dataset load(String name) throws IOException;
}
