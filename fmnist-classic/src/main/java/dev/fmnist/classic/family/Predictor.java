package dev.fmnist.classic.family;

/** A fitted classifier. */
public interface Predictor {
    /** The predicted label of each row. */
    int[] predict(FeatureMatrix x, int threads);
}
