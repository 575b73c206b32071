package dev.fmnist.classic.models.glm;

import dev.fmnist.estimator.FeatureMatrix;

/**
 * The training features stored column by column (feature-major) for the primal coordinate-descent solvers, which
 * sweep one feature over all rows at a time; the last column is the bias feature, all ones.
 */
final class FeatureColumns {
    private final float[] data;
    private final int rows;
    private final int columns;

    private FeatureColumns(float[] data, int rows, int columns) {
        this.data = data;
        this.rows = rows;
        this.columns = columns;
    }

    /** The transpose of {@code x} with a column of ones appended (one copy of the features). */
    static FeatureColumns of(FeatureMatrix x) {
        int n = x.rows();
        int d = x.cols();
        float[] src = x.data();
        float[] t = new float[(d + 1) * n];
        int block = 64;
        for (int i0 = 0; i0 < n; i0 += block) {
            int i1 = Math.min(n, i0 + block);
            for (int j = 0; j < d; j++) {
                int to = j * n;
                for (int i = i0; i < i1; i++) {
                    t[to + i] = src[i * d + j];
                }
            }
        }
        java.util.Arrays.fill(t, d * n, (d + 1) * n, 1f);
        return new FeatureColumns(t, n, d + 1);
    }

    /** All values, column {@code j} at {@code offset(j)}. */
    float[] data() {
        return data;
    }

    /** Number of rows (samples). */
    int rows() {
        return rows;
    }

    /** Number of columns: the features and the bias. */
    int columns() {
        return columns;
    }

    /** Offset of column {@code j}'s first value. */
    int offset(int j) {
        return j * rows;
    }
}
