package dev.fmnist.classic.models.glm;

/** Inner loops over one feature column (floats) against per-row doubles, written for the JIT to vectorize. */
final class Columns {
    private Columns() {
    }

    /** {@code sum_i col[off + i] * v[i]}. */
    static double dot(float[] col, int off, double[] v, int n) {
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            s0 += col[off + i] * v[i];
            s1 += col[off + i + 1] * v[i + 1];
        }
        for (; i < n; i++) {
            s0 += col[off + i] * v[i];
        }
        return s0 + s1;
    }

    /** {@code sum_i col[off + i] * a[i] * b[i]}. */
    static double dot(float[] col, int off, double[] a, double[] b, int n) {
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            s0 += col[off + i] * a[i] * b[i];
            s1 += col[off + i + 1] * a[i + 1] * b[i + 1];
        }
        for (; i < n; i++) {
            s0 += col[off + i] * a[i] * b[i];
        }
        return s0 + s1;
    }

    /** {@code v[i] += z * col[off + i]}. */
    static void axpy(double z, float[] col, int off, double[] v, int n) {
        for (int i = 0; i < n; i++) {
            v[i] += z * col[off + i];
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
