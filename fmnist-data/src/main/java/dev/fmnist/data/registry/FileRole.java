package dev.fmnist.data.registry;

/** The four files of an MNIST-family dataset, with their canonical base names (without {@code .gz}). */
public enum FileRole {
    TRAIN_IMAGES("train-images-idx3-ubyte", true, true),
    TRAIN_LABELS("train-labels-idx1-ubyte", true, false),
    TEST_IMAGES("t10k-images-idx3-ubyte", false, true),
    TEST_LABELS("t10k-labels-idx1-ubyte", false, false);

    private final String baseName;
    private final boolean train;
    private final boolean images;

    FileRole(String baseName, boolean train, boolean images) {
        this.baseName = baseName;
        this.train = train;
        this.images = images;
    }

    /** For example {@code train-images-idx3-ubyte}. */
    public String baseName() {
        return baseName;
    }

    /** The published compressed name, for example {@code train-images-idx3-ubyte.gz}. */
    public String gzipName() {
        return baseName + ".gz";
    }

    /**
     * The names under which this file may be found in a directory, in order of preference: gzipped and plain,
     * with {@code -idx3-} and with the {@code .idx3-} that some unzip tools produce.
     */
    public java.util.List<String> acceptedNames() {
        String dotted = baseName.replace("-idx", ".idx");
        return java.util.List.of(baseName + ".gz", baseName, dotted + ".gz", dotted);
    }

    public boolean isTrain() {
        return train;
    }

    public boolean isImages() {
        return images;
    }

    /** The split this file belongs to: {@code train} or {@code test}. */
    public String split() {
        return train ? "train" : "test";
    }
}
