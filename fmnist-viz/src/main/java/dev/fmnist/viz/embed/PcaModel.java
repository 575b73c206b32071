package dev.fmnist.viz.embed;

/**
 * Principal axes of images scaled to [0, 1]: the mean, the leading eigenvectors of the covariance ({@code axes[c]}
 * has one loading per pixel and unit length) and their eigenvalues (the variance along each axis).
 *
 * @param totalVariance the sum of all pixels' variances, for the explained-variance ratios
 */
public record PcaModel(double[] mean, double[][] axes, double[] variances, double totalVariance) {
    /** The number of axes. */
    public int components() {
        return axes.length;
    }

    /** The share of the total variance along each axis, as scikit-learn's {@code explained_variance_ratio_}. */
    public double[] explainedVarianceRatio() {
        double[] r = new double[variances.length];
        for (int c = 0; c < r.length; c++) {
            r[c] = variances[c] / totalVariance;
        }
        return r;
    }

    /** The coordinates of each row along the axes: {@code count x components()} values, row-major. */
    public double[] project(ImageRows x) {
        try (Workers workers = new Workers(1)) {
            return project(x, workers);
        }
    }

    /** {@link #project(ImageRows)} on the workers' threads: each image's non-zero pixels times each axis. */
    double[] project(ImageRows x, Workers workers) {
        int k = components();
        int d = x.dim();
        double[] offset = new double[k];
        for (int c = 0; c < k; c++) {
            for (int p = 0; p < d; p++) {
                offset[c] -= mean[p] * axes[c][p];
            }
        }
        double[] out = new double[x.count() * k];
        byte[] px = x.pixels();
        int per = 1024;
        workers.run((x.count() + per - 1) / per, t -> {
            int[] at = new int[d];
            double[] value = new double[d];
            for (int i = t * per; i < Math.min(x.count(), (t + 1) * per); i++) {
                int nz = 0;
                for (int p = 0; p < d; p++) {
                    int v = px[i * d + p] & 0xFF;
                    if (v != 0) {
                        at[nz] = p;
                        value[nz++] = v / 255.0;
                    }
                }
                for (int c = 0; c < k; c++) {
                    double[] axis = axes[c];
                    double s = offset[c];
                    for (int e = 0; e < nz; e++) {
                        s += value[e] * axis[at[e]];
                    }
                    out[i * k + c] = s;
                }
            }
        });
        return out;
    }
}
