package dev.fmnist.classic.models.svm;

import dev.fmnist.estimator.FeatureMatrix;

import java.util.Arrays;

/**
 * A copy of chosen rows of a feature matrix in blocks of {@link #BLOCK} rows stored feature-major, so that the dot
 * products of one query with a whole block come from a loop over the block's rows that the JIT turns into SIMD
 * code (no reduction across lanes). Each feature of a block is an array of its own: C2 (JDK 17 to 25) vectorizes
 * {@code out[r] += a * v[r]} but not {@code out[r] += a * v[offset + r]}, whose arrays it cannot prove distinct
 * (measured 27 against 5 GFMA/s). A block (784 features) is 784 KiB, small enough to stay in a core's L2 cache
 * while a group of queries is compared with it. Rows can be swapped, as LIBSVM's shrinking swaps its row pointers.
 */
final class FeatureMajorRows {
    static final int BLOCK = 256;

    private final int rows;
    private final int cols;
    /** Feature {@code k} of block {@code b} at {@code [b * cols + k]}, row {@code r} of the block at index {@code r}. */
    private final float[][] features;
    private final double[] squaredNorms;

    /** Copies rows {@code index[0..n)} of {@code x}; row {@code t} of the copy is row {@code index[t]} of {@code x}. */
    FeatureMajorRows(FeatureMatrix x, int[] index) {
        rows = index.length;
        cols = x.cols();
        int blocks = (rows + BLOCK - 1) / BLOCK;
        features = new float[Math.multiplyExact(blocks, cols)][BLOCK];
        squaredNorms = new double[rows];
        float[] data = x.data();
        for (int t = 0; t < rows; t++) {
            int off = x.offset(index[t]);
            int base = (t / BLOCK) * cols;
            int r = t % BLOCK;
            double sq = 0;
            for (int k = 0; k < cols; k++) {
                float v = data[off + k];
                features[base + k][r] = v;
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

    /** Exchanges rows {@code i} and {@code j}. */
    void swap(int i, int j) {
        int baseI = (i / BLOCK) * cols;
        int baseJ = (j / BLOCK) * cols;
        int ri = i % BLOCK;
        int rj = j % BLOCK;
        for (int k = 0; k < cols; k++) {
            float[] a = features[baseI + k];
            float[] b = features[baseJ + k];
            float v = a[ri];
            a[ri] = b[rj];
            b[rj] = v;
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
        int base = block * cols;
        int k = 0;
        for (; k + 4 <= cols; k += 4) {
            float a0 = q[off + k];
            float a1 = q[off + k + 1];
            float a2 = q[off + k + 2];
            float a3 = q[off + k + 3];
            float[] v0 = features[base + k];
            float[] v1 = features[base + k + 1];
            float[] v2 = features[base + k + 2];
            float[] v3 = features[base + k + 3];
            for (int r = 0; r < BLOCK; r++) {
                out[r] = Math.fma(a3, v3[r], Math.fma(a2, v2[r], Math.fma(a1, v1[r], Math.fma(a0, v0[r], out[r]))));
            }
        }
        for (; k < cols; k++) {
            float a = q[off + k];
            float[] v = features[base + k];
            for (int r = 0; r < BLOCK; r++) {
                out[r] = Math.fma(a, v[r], out[r]);
            }
        }
    }
}
