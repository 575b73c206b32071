package dev.fmnist.cli;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.Split;
import java.util.List;
import java.util.Locale;

/** The splits a command works on: {@code train}, {@code test} or {@code all} (both). */
public enum SplitSelection {
    TRAIN, TEST, ALL;

    /** The selected splits of {@code dataset}, train first. */
    public List<Split> of(Dataset dataset) {
        switch (this) {
            case TRAIN:
                return List.of(dataset.train());
            case TEST:
                return List.of(dataset.test());
            default:
                return List.of(dataset.train(), dataset.test());
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
