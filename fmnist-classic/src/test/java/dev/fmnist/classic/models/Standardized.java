package dev.fmnist.classic.models;

import dev.fmnist.classic.family.FeatureMatrix;
import dev.fmnist.data.Split;

/**
 * Training and test features standardized as scikit-learn's StandardScaler does it: per pixel, minus the training
 * mean, divided by the training standard deviation (1 where it is 0).
 *
 * @param train  the first {@code trainRows} training images
 * @param trainY their labels
 * @param test   the first {@code testRows} test images
 * @param testY  their labels
 */
public record Standardized(FeatureMatrix train, int[] trainY, FeatureMatrix test, int[] testY) {

    /** Standardizes the first rows of each split (all of them when a count is 0 or too large). */
    public static Standardized of(Split trainSplit, Split testSplit, int trainRows, int testRows) {
        int n = trainRows <= 0 ? trainSplit.count() : Math.min(trainRows, trainSplit.count());
        int m = testRows <= 0 ? testSplit.count() : Math.min(testRows, testSplit.count());
        int d = trainSplit.pixelsPerImage();
        byte[] px = trainSplit.images();
        double[] mean = new double[d];
        double[] sq = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += px[i * d + j] & 0xFF;
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double v = (px[i * d + j] & 0xFF) - mean[j];
                sq[j] += v * v;
            }
        }
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double std = Math.sqrt(sq[j] / n);
            scale[j] = std == 0 ? 1 : std;
        }
        return new Standardized(apply(trainSplit, n, mean, scale), labels(trainSplit, n),
                apply(testSplit, m, mean, scale), labels(testSplit, m));
    }

    private static FeatureMatrix apply(Split split, int rows, double[] mean, double[] scale) {
        int d = mean.length;
        float[] out = new float[rows * d];
        byte[] px = split.images();
        for (int i = 0; i < rows * d; i++) {
            int j = i % d;
            out[i] = (float) (((px[i] & 0xFF) - mean[j]) / scale[j]);
        }
        return new FeatureMatrix(out, rows, d);
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
