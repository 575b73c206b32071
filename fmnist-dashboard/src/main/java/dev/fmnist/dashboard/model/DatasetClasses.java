package dev.fmnist.dashboard.model;

import dev.fmnist.data.registry.Datasets;

/** Checks a confusion matrix against the number of classes of the dataset it names, when fmnist knows it. */
final class DatasetClasses {
    private DatasetClasses() {
    }

    /** What is wrong with a matrix of {@code size} classes on {@code dataset}, or null when it fits or is unknown. */
    static String mismatch(String dataset, int size) {
        return Datasets.find(dataset).filter(d -> d.labelNames().size() != size)
                .map(d -> "a " + size + "x" + size + " confusion matrix, but " + d.name() + " has "
                        + d.labelNames().size() + " classes")
                .orElse(null);
    }
}
