package dev.fmnist.classic.models.svm;

import dev.fmnist.classic.family.FeatureMatrix;

import java.util.Arrays;

/**
 * A copy of chosen rows of a feature matrix in blocks of {@link #BLOCK} rows stored feature-major, so that the dot
 * products of one query with a whole block come from a loop over the block's rows that the JIT turns into SIMD
 * code (no reduction across lanes). A block (784 features) is 784 KiB, small enough to stay in a core's L2 cache
 * while a group of queries is compared with it. Rows can be swapped, as LIBSVM's shrinking swaps its row pointers.
 */
final class FeatureMajorRows {
    static final int BLOCK = 256;

    private final int rows;
    private final int cols;
    /** Block {@code b}, feature {@code k}, row {@code r} of the block at {@code (b * cols + k) * BLOCK + r}. */
    private final float[] values;
    private final double[] squaredNorms;

    /** Copies rows {@code index[0..n)} of {@code x}; row {@code t} of the copy is row {@code index[t]} of {@code x}. */
    FeatureMajorRows(FeatureMatrix x, int[] index) {
        rows = index.length;
        cols = x.cols();
        int blocks = (rows + BLOCK - 1) / BLOCK;
        values = new float[Math.multiplyExact(blocks * BLOCK, cols)];
        squaredNorms = new double[rows];
        float[] data = x.data();
        for (int t = 0; t < rows; t++) {
            int off = x.offset(index[t]);
            int base = position(t, 0);
            double sq = 0;
            for (int k = 0; k < cols; k++) {
                float v = data[off + k];
                values[base + k * BLOCK] = v;
                sq += (double) v * v;
            }
            squaredNorms[t] = sq;
        }
    }

    int rows() {
        return rows;
    }

    int cols() {
        return cols;
    }

    /** The sum of squares of row {@code i}'s features, in double. */
    double squaredNorm(int i) {
        return squaredNorms[i];
    }

    /** Copies row {@code i}'s features into {@code out[0..cols)}. */
    void copyRow(int i, float[] out) {
        int base = position(i, 0);
        for (int k = 0; k < cols; k++) {
            out[k] = values[base + k * BLOCK];
        }
    }

    /** Exchanges rows {@code i} and {@code j}. */
    void swap(int i, int j) {
        int a = position(i, 0);
        int b = position(j, 0);
        for (int k = 0; k < cols; k++) {
            float v = values[a + k * BLOCK];
            values[a + k * BLOCK] = values[b + k * BLOCK];
            values[b + k * BLOCK] = v;
        }
        double sq = squaredNorms[i];
        squaredNorms[i] = squaredNorms[j];
        squaredNorms[j] = sq;
    }

    /**
     * Fills {@code out[r]} ({@code r < BLOCK}) with the float dot product of the query at {@code q[off..off+cols)}
     * and row {@code block * BLOCK + r} (0 past the last row). Four features per pass keep the loads and stores of
     * {@code out} few.
     */
    void dot(float[] q, int off, int block, float[] out) {
        Arrays.fill(out, 0, BLOCK, 0f);
        int base = block * cols * BLOCK;
        int k = 0;
        for (; k + 4 <= cols; k += 4) {
            float a0 = q[off + k];
            float a1 = q[off + k + 1];
            float a2 = q[off + k + 2];
            float a3 = q[off + k + 3];
            int t0 = base + k * BLOCK;
            int t1 = t0 + BLOCK;
            int t2 = t1 + BLOCK;
            int t3 = t2 + BLOCK;
            for (int r = 0; r < BLOCK; r++) {
                out[r] = Math.fma(a3, values[t3 + r], Math.fma(a2, values[t2 + r],
                        Math.fma(a1, values[t1 + r], Math.fma(a0, values[t0 + r], out[r]))));
            }
        }
        for (; k < cols; k++) {
            float a = q[off + k];
            int t = base + k * BLOCK;
            for (int r = 0; r < BLOCK; r++) {
                out[r] = Math.fma(a, values[t + r], out[r]);
            }
        }
    }

    private int position(int row, int feature) {
        return ((row / BLOCK) * cols + feature) * BLOCK + row % BLOCK;
    }
}
