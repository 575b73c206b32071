package dev.fmnist.estimator;

import dev.fmnist.data.progress.Progress;

/** Trains one configuration of a family. */
public interface Trainer {
    /**
     * Fits a model.
     *
     * @param x        training features
     * @param y        training labels, 0..classes-1
     * @param classes  number of classes
     * @param seed     seed for any randomness (shuffles, bootstraps, initial weights)
     * @param threads  the number of threads the trainer may use
     * @param progress progress of the fit (may be {@link Progress#NONE})
     */
    Predictor fit(FeatureMatrix x, int[] y, int classes, long seed, int threads, Progress progress);

    /** A rough upper bound of the bytes this configuration needs while fitting on {@code rows x cols}, for scheduling. */
    long memoryEstimate(int rows, int cols);
}
