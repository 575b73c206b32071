package dev.fmnist.classic.features;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.data.Split;

/**
 * Training and test features standardized as scikit-learn's StandardScaler does it (per pixel, minus the training
 * mean, divided by the training standard deviation, 1 where it is 0), for the family tests and the bench.
 *
 * @param train  the first {@code trainRows} training images
 * @param trainY their labels
 * @param test   the first {@code testRows} test images
 * @param testY  their labels
 */
public record Standardized(FeatureMatrix train, int[] trainY, FeatureMatrix test, int[] testY) {

    /**
     * Standardizes the first rows of each split (all of them when a count is 0 or too large) with the runner's
     * {@link StandardScaler}, fitted on those training rows.
     */
    public static Standardized of(Split trainSplit, Split testSplit, int trainRows, int testRows) {
        int n = trainRows <= 0 ? trainSplit.count() : Math.min(trainRows, trainSplit.count());
        int m = testRows <= 0 ? testSplit.count() : Math.min(testRows, testSplit.count());
        Split train = trainSplit.head(n);
        Split test = testSplit.head(m);
        StandardScaler scaler = StandardScaler.fit(train);
        return new Standardized(scaler.transform(train), labels(train, n), scaler.transform(test), labels(test, m));
    }

    private static int[] labels(Split split, int rows) {
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = split.label(i);
        }
        return y;
    }

    /** The share of {@code predicted} equal to {@link #testY()}. */
    public double accuracy(int[] predicted) {
        int right = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] == testY[i]) {
                right++;
            }
        }
        return (double) right / predicted.length;
    }
}
