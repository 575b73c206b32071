package dev.fmnist.classic.models.linear;

/**
 * The two inner loops of every linear solver here, over double weights and a slice of float features, written as
 * plain indexed loops that the JIT vectorizes.
 */
public final class DenseVectors {
    private DenseVectors() {
    }

    /** {@code sum_j w[j] * x[off + j]} for {@code j < n}. */
    public static double dot(double[] w, float[] x, int off, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += w[j] * x[off + j];
            s1 += w[j + 1] * x[off + j + 1];
            s2 += w[j + 2] * x[off + j + 2];
            s3 += w[j + 3] * x[off + j + 3];
        }
        for (; j < n; j++) {
            s0 += w[j] * x[off + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code w[j] += a * x[off + j]} for {@code j < n}. */
    public static void axpy(double a, float[] x, int off, double[] w, int n) {
        for (int j = 0; j < n; j++) {
            w[j] += a * x[off + j];
        }
    }
}
