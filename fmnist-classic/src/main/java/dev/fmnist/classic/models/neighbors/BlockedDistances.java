package dev.fmnist.classic.models.neighbors;

import dev.fmnist.classic.family.FeatureMatrix;

/**
 * The training rows in blocks of {@link #BLOCK} rows stored feature-major, so that the distances from one query to
 * a whole block are computed by loops the JIT turns into SIMD code, and a block stays in cache while a group of
 * queries is compared with it.
 */
final class BlockedDistances {
    static final int BLOCK = 256;

    private final int rows;
    private final int cols;
    private final int blocks;
    /** Block {@code b}, feature {@code k}, row {@code r} of the block at {@code (b * cols + k) * BLOCK + r}. */
    private final float[] transposed;
    private final float[] squaredNorms;

    BlockedDistances(FeatureMatrix train) {
        rows = train.rows();
        cols = train.cols();
        blocks = (rows + BLOCK - 1) / BLOCK;
        transposed = new float[blocks * cols * BLOCK];
        squaredNorms = new float[blocks * BLOCK];
        float[] data = train.data();
        for (int i = 0; i < rows; i++) {
            int b = i / BLOCK;
            int r = i % BLOCK;
            int off = train.offset(i);
            double sq = 0;
            for (int k = 0; k < cols; k++) {
                float v = data[off + k];
                transposed[(b * cols + k) * BLOCK + r] = v;
                sq += (double) v * v;
            }
            squaredNorms[i] = (float) sq;
        }
        for (int i = rows; i < blocks * BLOCK; i++) {
            squaredNorms[i] = Float.POSITIVE_INFINITY;
        }
    }

    int rows() {
        return rows;
    }

    int blocks() {
        return blocks;
    }

    /** Rows of block {@code b} that exist (the last block may be partial). */
    int rowsIn(int b) {
        return Math.min(BLOCK, rows - b * BLOCK);
    }

    /**
     * Fills {@code out[r]} with the Manhattan distance from the query at {@code off} of {@code q} to row {@code r}
     * of block {@code b}.
     */
    void manhattan(float[] q, int off, int b, float[] out) {
        java.util.Arrays.fill(out, 0f);
        int base = b * cols * BLOCK;
        for (int k = 0; k < cols; k++) {
            float a = q[off + k];
            int t = base + k * BLOCK;
            for (int r = 0; r < BLOCK; r++) {
                out[r] += Math.abs(a - transposed[t + r]);
            }
        }
    }

    /** Sum of squares of training row {@code i} (computed in double, rounded to float; infinite past the last row). */
    float squaredNorm(int i) {
        return squaredNorms[i];
    }

    /**
     * Fills {@code out[g * BLOCK + r]} with the float dot product of query {@code g} (at {@code off0..off3} of
     * {@code q}) and row {@code r} of block {@code b}. Four features per pass keep the stores to {@code out} few, and
     * the inner loop over the block's rows is one the JIT vectorizes.
     */
    void dot4(float[] q, int off0, int off1, int off2, int off3, int b, float[] out) {
        java.util.Arrays.fill(out, 0f);
        int base = b * cols * BLOCK;
        int k = 0;
        for (; k + 4 <= cols; k += 4) {
            float a00 = q[off0 + k], a01 = q[off0 + k + 1], a02 = q[off0 + k + 2], a03 = q[off0 + k + 3];
            float a10 = q[off1 + k], a11 = q[off1 + k + 1], a12 = q[off1 + k + 2], a13 = q[off1 + k + 3];
            float a20 = q[off2 + k], a21 = q[off2 + k + 1], a22 = q[off2 + k + 2], a23 = q[off2 + k + 3];
            float a30 = q[off3 + k], a31 = q[off3 + k + 1], a32 = q[off3 + k + 2], a33 = q[off3 + k + 3];
            int t0 = base + k * BLOCK;
            int t1 = t0 + BLOCK;
            int t2 = t1 + BLOCK;
            int t3 = t2 + BLOCK;
            for (int r = 0; r < BLOCK; r++) {
                float v0 = transposed[t0 + r];
                float v1 = transposed[t1 + r];
                float v2 = transposed[t2 + r];
                float v3 = transposed[t3 + r];
                out[r] = Math.fma(a03, v3, Math.fma(a02, v2, Math.fma(a01, v1, Math.fma(a00, v0, out[r]))));
                out[BLOCK + r] = Math.fma(a13, v3, Math.fma(a12, v2,
                        Math.fma(a11, v1, Math.fma(a10, v0, out[BLOCK + r]))));
                out[2 * BLOCK + r] = Math.fma(a23, v3, Math.fma(a22, v2,
                        Math.fma(a21, v1, Math.fma(a20, v0, out[2 * BLOCK + r]))));
                out[3 * BLOCK + r] = Math.fma(a33, v3, Math.fma(a32, v2,
                        Math.fma(a31, v1, Math.fma(a30, v0, out[3 * BLOCK + r]))));
            }
        }
        for (; k < cols; k++) {
            float a0 = q[off0 + k], a1 = q[off1 + k], a2 = q[off2 + k], a3 = q[off3 + k];
            int t = base + k * BLOCK;
            for (int r = 0; r < BLOCK; r++) {
                float v = transposed[t + r];
                out[r] = Math.fma(a0, v, out[r]);
                out[BLOCK + r] = Math.fma(a1, v, out[BLOCK + r]);
                out[2 * BLOCK + r] = Math.fma(a2, v, out[2 * BLOCK + r]);
                out[3 * BLOCK + r] = Math.fma(a3, v, out[3 * BLOCK + r]);
            }
        }
    }

    /** Fills {@code out[r]} with {@code sum |q - x_r|^p} over the rows of block {@code b}, for any {@code p}. */
    void minkowskiPower(float[] q, int off, int b, double p, float[] out) {
        java.util.Arrays.fill(out, 0f);
        int base = b * cols * BLOCK;
        for (int k = 0; k < cols; k++) {
            float a = q[off + k];
            int t = base + k * BLOCK;
            for (int r = 0; r < BLOCK; r++) {
                out[r] += (float) Math.pow(Math.abs(a - transposed[t + r]), p);
            }
        }
    }
}
