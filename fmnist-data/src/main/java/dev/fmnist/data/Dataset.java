package dev.fmnist.data;

import dev.fmnist.data.registry.DatasetSpec;
import java.util.List;

/**
 * A loaded, verified dataset: its registry entry, train and test splits, and where each file came from.
 *
 * @param spec       the registered dataset
 * @param train      the training split (60,000 images for the MNIST family)
 * @param test       the test split (10,000 images)
 * @param provenance where each file was read from and how it was verified
 */
public record Dataset(DatasetSpec spec, Split train, Split test, List<FileProvenance> provenance) {
    public Dataset {
        provenance = List.copyOf(provenance);
    }

    /** The dataset's command-line name, for example {@code fashion}. */
    public String name() {
        return spec.name();
    }

    /** The class names in label order. */
    public List<String> labelNames() {
        return spec.labelNames();
    }

    /** The split of a name: {@code train} or {@code test}. */
    public Split split(String name) {
        switch (name) {
            case "train":
                return train;
            case "test":
                return test;
            default:
                throw new IllegalArgumentException("unknown split '" + name + "'; use train or test");
        }
    }
}
