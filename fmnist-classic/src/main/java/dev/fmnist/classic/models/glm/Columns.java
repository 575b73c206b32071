package dev.fmnist.classic.models.glm;

/** Inner loops over one feature column (floats) against per-row doubles, written for the JIT to vectorize. */
final class Columns {
    private Columns() {
    }

    /** {@code sum_i col[off + i] * v[i]}. */
    static double dot(float[] col, int off, double[] v, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += col[off + i] * v[i];
            s1 += col[off + i + 1] * v[i + 1];
            s2 += col[off + i + 2] * v[i + 2];
            s3 += col[off + i + 3] * v[i + 3];
        }
        for (; i < n; i++) {
            s0 += col[off + i] * v[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code v[i] += z * col[off + i]}. */
    static void axpy(double z, float[] col, int off, double[] v, int n) {
        for (int i = 0; i < n; i++) {
            v[i] += z * col[off + i];
        }
    }

    /** {@code v[i] += z * col[off + i] * scale[i]}. */
    static void axpy(double z, float[] col, int off, double[] scale, double[] v, int n) {
        for (int i = 0; i < n; i++) {
            v[i] += z * col[off + i] * scale[i];
        }
    }

    /**
     * The minimizer {@code z} of {@code g z + h z^2 / 2 + |w + z|}: the one-variable Newton step with an L1 term
     * (soft thresholding).
     */
    static double newtonStep(double g, double h, double w) {
        double gp = g + 1;
        double gn = g - 1;
        if (gp < h * w) {
            return -gp / h;
        }
        if (gn > h * w) {
            return -gn / h;
        }
        return -w;
    }
}
