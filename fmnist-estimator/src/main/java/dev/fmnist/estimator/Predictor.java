package dev.fmnist.estimator;

/**
 * A fitted classifier. Closing it frees what it holds outside the Java heap (a network's native tensors); the
 * benchmark closes every predictor once its job has predicted the test set.
 */
public interface Predictor extends AutoCloseable {
    /** The predicted label of each row. */
    int[] predict(FeatureMatrix x, int threads);

    /** Frees native resources; a predictor of plain Java arrays holds none. */
    @Override
    default void close() {
    }
}
