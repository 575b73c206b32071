package dev.fmnist.classic.models.neighbors;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.classic.models.Parallel;

import java.util.Arrays;

/**
 * The training rows in blocks of {@link #BLOCK} rows stored feature-major, one array per block and feature, for
 * comparing a group of queries with every row.
 *
 * <p>The group is compared with a block {@link #IN_CACHE} features at a time: that slice of the block (32 KB) stays
 * in the L1 cache while each query of the group adds its terms to its own row of results, eight features per pass
 * for dot products, four for Manhattan distances. The inner loops run a constant 1,024 times over arrays read and
 * written from their first element, with one array written per loop: that is what the JIT of JDK 17 as well as later
 * ones turns into SIMD code (a loop that writes several arrays, reads an array at a variable offset, runs a variable
 * count with eight features, or has a larger body, stays scalar on JDK 17), and the long count keeps the scalar
 * iterations before and after the SIMD ones few. Each result is summed over the features in their order, as a plain
 * loop would.
 */
final class BlockedDistances {
    static final int BLOCK = 1024;
    /** Features of a block compared with the whole query group before the next ones: 8 x 4 KB. */
    static final int IN_CACHE = 8;

    private final int rows;
    private final int cols;
    private final int blocks;
    /** {@code columns[b * cols + k][r]}: feature {@code k} of row {@code r} of block {@code b} (0 past the last row). */
    private final float[][] columns;
    private final float[] squaredNorms;

    /** Packs the rows of {@code train}, blocks in parallel on {@code threads} threads. */
    BlockedDistances(FeatureMatrix train, int threads) {
        rows = train.rows();
        cols = train.cols();
        blocks = (rows + BLOCK - 1) / BLOCK;
        columns = new float[blocks * cols][];
        squaredNorms = new float[blocks * BLOCK];
        Arrays.fill(squaredNorms, rows, squaredNorms.length, Float.POSITIVE_INFINITY);
        Parallel.chunks(blocks, threads, (from, to) -> {
            for (int b = from; b < to; b++) {
                pack(train, b);
            }
        });
    }

    /** Copies block {@code b} a cache line of features (16) at a time, so that both sides stay in cache. */
    private void pack(FeatureMatrix train, int b) {
        int base = b * cols;
        for (int k = 0; k < cols; k++) {
            columns[base + k] = new float[BLOCK];
        }
        float[] data = train.data();
        int first = b * BLOCK;
        int n = rowsIn(b);
        for (int k0 = 0; k0 < cols; k0 += 16) {
            int k1 = Math.min(cols, k0 + 16);
            for (int r = 0; r < n; r++) {
                int off = train.offset(first + r);
                for (int k = k0; k < k1; k++) {
                    columns[base + k][r] = data[off + k];
                }
            }
        }
        for (int r = 0; r < n; r++) {
            int off = train.offset(first + r);
            double sq = 0;
            for (int k = 0; k < cols; k++) {
                double v = data[off + k];
                sq += v * v;
            }
            squaredNorms[first + r] = (float) sq;
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

    /** Sum of squares of training row {@code i} (computed in double, rounded to float; infinite past the last row). */
    float squaredNorm(int i) {
        return squaredNorms[i];
    }

    /**
     * Fills {@code out[g][r]} with the float dot product of query {@code g} (the row at {@code offsets[g]} of
     * {@code q}) and row {@code r} of block {@code b}, for every {@code g < count}.
     */
    void dots(float[] q, int[] offsets, int count, int b, float[][] out) {
        compare(q, offsets, count, b, out, false);
    }

    /**
     * Fills {@code out[g][r]} with the float Manhattan distance from query {@code g} (the row at {@code offsets[g]}
     * of {@code q}) to row {@code r} of block {@code b}, for every {@code g < count}.
     */
    void manhattan(float[] q, int[] offsets, int count, int b, float[][] out) {
        compare(q, offsets, count, b, out, true);
    }

    private void compare(float[] q, int[] offsets, int count, int b, float[][] out, boolean manhattan) {
        for (int g = 0; g < count; g++) {
            Arrays.fill(out[g], 0f);
        }
        int base = b * cols;
        for (int k0 = 0; k0 < cols; k0 += IN_CACHE) {
            int k1 = Math.min(cols, k0 + IN_CACHE);
            for (int g = 0; g < count; g++) {
                float[] o = out[g];
                int off = offsets[g];
                int k = k0;
                if (manhattan) {
                    for (; k + 4 <= k1; k += 4) {
                        abs4(columns[base + k], columns[base + k + 1], columns[base + k + 2], columns[base + k + 3],
                                q[off + k], q[off + k + 1], q[off + k + 2], q[off + k + 3], o);
                    }
                } else {
                    for (; k + 8 <= k1; k += 8) {
                        fma8(columns, base + k, q, off + k, o);
                    }
                }
                for (; k < k1; k++) {
                    if (manhattan) {
                        abs1(columns[base + k], q[off + k], o);
                    } else {
                        fma1(columns[base + k], q[off + k], o);
                    }
                }
            }
        }
    }

    /** Fills {@code out[r]} with {@code sum |q - x_r|^p} over the rows of block {@code b}, for any {@code p}. */
    void minkowskiPower(float[] q, int off, int b, double p, float[] out) {
        Arrays.fill(out, 0f);
        int base = b * cols;
        for (int k = 0; k < cols; k++) {
            float a = q[off + k];
            float[] t = columns[base + k];
            for (int r = 0; r < BLOCK; r++) {
                out[r] += (float) Math.pow(Math.abs(a - t[r]), p);
            }
        }
    }

    /** {@code o[r] += a.x_r} over features {@code c..c+7} ({@code a} at {@code q[at]}), one multiply-add after another. */
    private static void fma8(float[][] columns, int c, float[] q, int at, float[] o) {
        float[] t0 = columns[c];
        float[] t1 = columns[c + 1];
        float[] t2 = columns[c + 2];
        float[] t3 = columns[c + 3];
        float[] t4 = columns[c + 4];
        float[] t5 = columns[c + 5];
        float[] t6 = columns[c + 6];
        float[] t7 = columns[c + 7];
        float a0 = q[at];
        float a1 = q[at + 1];
        float a2 = q[at + 2];
        float a3 = q[at + 3];
        float a4 = q[at + 4];
        float a5 = q[at + 5];
        float a6 = q[at + 6];
        float a7 = q[at + 7];
        for (int r = 0; r < BLOCK; r++) {
            o[r] = Math.fma(a7, t7[r], Math.fma(a6, t6[r], Math.fma(a5, t5[r], Math.fma(a4, t4[r],
                    Math.fma(a3, t3[r], Math.fma(a2, t2[r], Math.fma(a1, t1[r], Math.fma(a0, t0[r], o[r]))))))));
        }
    }

    private static void fma1(float[] t, float a, float[] o) {
        for (int r = 0; r < BLOCK; r++) {
            o[r] = Math.fma(a, t[r], o[r]);
        }
    }

    private static void abs4(float[] t0, float[] t1, float[] t2, float[] t3, float a0, float a1, float a2, float a3,
                             float[] o) {
        for (int r = 0; r < BLOCK; r++) {
            o[r] = o[r] + Math.abs(a0 - t0[r]) + Math.abs(a1 - t1[r]) + Math.abs(a2 - t2[r]) + Math.abs(a3 - t3[r]);
        }
    }

    private static void abs1(float[] t, float a, float[] o) {
        for (int r = 0; r < BLOCK; r++) {
            o[r] += Math.abs(a - t[r]);
        }
    }
}
