package dev.fmnist.classic.features;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.data.Split;

/**
 * Per-pixel standardization as scikit-learn's {@code StandardScaler}: each pixel's mean and population standard
 * deviation over the split it is fitted on; a pixel that never varies gets a scale of 1 (so it becomes 0).
 * The statistics are exact (from per-pixel histograms); each pixel is then converted through a 256-entry table.
 */
public final class StandardScaler {
    private final double[] mean;
    private final double[] scale;

    private StandardScaler(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /** Fits the scaler on a split (the training split, in the benchmark). */
    public static StandardScaler fit(Split split) {
        int d = split.pixelsPerImage();
        int n = split.count();
        long[] histogram = new long[d * 256];
        byte[] images = split.images();
        for (int i = 0; i < n; i++) {
            int off = i * d;
            for (int j = 0; j < d; j++) {
                histogram[(j << 8) | (images[off + j] & 0xFF)]++;
            }
        }
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double sum = 0;
            for (int v = 0; v < 256; v++) {
                sum += (double) v * histogram[(j << 8) | v];
            }
            double m = n == 0 ? 0 : sum / n;
            double sq = 0;
            for (int v = 0; v < 256; v++) {
                sq += (v - m) * (v - m) * histogram[(j << 8) | v];
            }
            double std = n == 0 ? 0 : Math.sqrt(sq / n);
            mean[j] = m;
            scale[j] = std == 0 ? 1 : std;
        }
        return new StandardScaler(mean, scale);
    }

    /** The standardized pixels of a split, as floats. */
    public FeatureMatrix transform(Split split) {
        int d = mean.length;
        if (split.pixelsPerImage() != d) {
            throw new IllegalArgumentException("scaler fitted on " + d + " pixels per image, " + split.name()
                    + " has " + split.pixelsPerImage());
        }
        float[] table = new float[d * 256];
        for (int j = 0; j < d; j++) {
            for (int v = 0; v < 256; v++) {
                table[(j << 8) | v] = (float) ((v - mean[j]) / scale[j]);
            }
        }
        int n = split.count();
        byte[] images = split.images();
        float[] out = new float[n * d];
        for (int i = 0; i < n; i++) {
            int off = i * d;
            for (int j = 0; j < d; j++) {
                out[off + j] = table[(j << 8) | (images[off + j] & 0xFF)];
            }
        }
        return new FeatureMatrix(out, n, d);
    }

    /** The fitted mean of pixel {@code j}. */
    public double mean(int j) {
        return mean[j];
    }

    /** The fitted scale of pixel {@code j} (the standard deviation, or 1 for a constant pixel). */
    public double scale(int j) {
        return scale[j];
    }
}
