package dev.fmnist.classic.models.svm;

import dev.fmnist.estimator.FeatureMatrix;

import java.util.Random;

/** Overlapping Gaussian blobs, one per class, rows grouped by class in label order (so LIBSVM's label order is 0, 1, ...). */
record SyntheticBlobs(FeatureMatrix x, int[] y) {
    static SyntheticBlobs of(int classes, int perClass, int cols, double spread, long seed) {
        Random random = new Random(seed);
        double[][] centres = new double[classes][cols];
        for (double[] centre : centres) {
            for (int k = 0; k < cols; k++) {
                centre[k] = random.nextGaussian();
            }
        }
        int rows = classes * perClass;
        float[] data = new float[rows * cols];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = i / perClass;
            for (int k = 0; k < cols; k++) {
                data[i * cols + k] = (float) (centres[y[i]][k] + spread * random.nextGaussian());
            }
        }
        return new SyntheticBlobs(new FeatureMatrix(data, rows, cols), y);
    }
}
