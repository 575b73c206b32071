package dev.fmnist.classic.models.neighbors;

import dev.fmnist.classic.family.FeatureMatrix;

/**
 * The training rows in blocks of {@link #BLOCK} rows stored feature-major, so that the distances from one query to
 * a whole block are computed by loops the JIT turns into SIMD code, and a block stays in cache while a group of
 * queries is compared with it.
 */
final class BlockedDistances {
    static final int BLOCK = 64;

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

    /**
     * Fills {@code out[r]} with {@code |x_r|^2 - 2 q.x_r} (the squared Euclidean distance minus {@code |q|^2}) for
     * four queries at once, the rows of block {@code b}; {@code out} holds four blocks.
     */
    void euclideanPartial4(float[] q, int off0, int off1, int off2, int off3, int b, float[] out) {
        java.util.Arrays.fill(out, 0f);
        int base = b * cols * BLOCK;
        for (int k = 0; k < cols; k++) {
            float a0 = q[off0 + k];
            float a1 = q[off1 + k];
            float a2 = q[off2 + k];
            float a3 = q[off3 + k];
            int t = base + k * BLOCK;
            for (int r = 0; r < BLOCK; r++) {
                float v = transposed[t + r];
                out[r] += a0 * v;
                out[BLOCK + r] += a1 * v;
                out[2 * BLOCK + r] += a2 * v;
                out[3 * BLOCK + r] += a3 * v;
            }
        }
        int nb = b * BLOCK;
        for (int g = 0; g < 4; g++) {
            for (int r = 0; r < BLOCK; r++) {
                out[g * BLOCK + r] = squaredNorms[nb + r] - 2 * out[g * BLOCK + r];
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
