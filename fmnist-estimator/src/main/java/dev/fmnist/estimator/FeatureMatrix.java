package dev.fmnist.estimator;

/**
 * Dense row-major features for classical models: {@code rows x cols} floats, usually pixels standardized with a
 * scaler fitted on the training split (as scikit-learn's StandardScaler).
 *
 * @param data row-major values (held, not copied)
 * @param rows number of samples
 * @param cols number of features per sample (784 for the MNIST family)
 */
public record FeatureMatrix(float[] data, int rows, int cols) {
    public FeatureMatrix {
        if ((long) rows * cols != data.length) {
            throw new IllegalArgumentException(rows + " x " + cols + " features but " + data.length + " values");
        }
    }

    /** Feature {@code j} of sample {@code i}. */
    public float get(int i, int j) {
        return data[i * cols + j];
    }

    /** Offset of sample {@code i}'s first feature in {@link #data()}. */
    public int offset(int i) {
        return i * cols;
    }
}
