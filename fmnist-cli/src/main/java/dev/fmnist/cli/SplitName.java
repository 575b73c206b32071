package dev.fmnist.cli;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.Split;
import java.util.Locale;

/** One split of a dataset, as a command-line value: {@code train} or {@code test}. */
public enum SplitName {
    TRAIN, TEST;

    /** This split of {@code dataset}. */
    public Split of(Dataset dataset) {
        return this == TRAIN ? dataset.train() : dataset.test();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
