package dev.fmnist.classic.models.tree;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.classic.models.Parallel;

import java.util.Arrays;

/**
 * The training features as at most 256 ordered bins per feature, stored feature-major as unsigned bytes. A feature
 * with at most 256 distinct values (every pixel feature: pixels are 0..255, and standardizing keeps their order)
 * gets one bin per value, so that splitting on bins finds exactly the splits that sorting the values would; a
 * feature with more values gets quantile bins.
 */
final class BinnedFeatures {
    static final int MAX_BINS = 256;

    final int rows;
    final int cols;
    /** {@code codes[j * rows + i]}: the bin of sample {@code i}'s feature {@code j}. */
    final byte[] codes;
    /** {@code lower[j][b]} and {@code upper[j][b]}: the smallest and largest training value in bin {@code b}. */
    final float[][] lower;
    final float[][] upper;

    private BinnedFeatures(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.codes = new byte[rows * cols];
        this.lower = new float[cols][];
        this.upper = new float[cols][];
    }

    static BinnedFeatures of(FeatureMatrix x, int threads) {
        BinnedFeatures f = new BinnedFeatures(x.rows(), x.cols());
        float[] columns = transpose(x, threads);
        Parallel.forEach(x.cols(), threads, j -> f.bin(j, columns, j * x.rows()));
        return f;
    }

    /** The features feature-major: {@code out[j * rows + i]} is sample {@code i}'s feature {@code j}. */
    private static float[] transpose(FeatureMatrix x, int threads) {
        int n = x.rows();
        int d = x.cols();
        float[] out = new float[n * d];
        float[] data = x.data();
        int block = 64;
        Parallel.chunks((n + block - 1) / block, threads, (from, to) -> {
            for (int b = from; b < to; b++) {
                int i1 = Math.min(n, (b + 1) * block);
                for (int j0 = 0; j0 < d; j0 += block) {
                    int j1 = Math.min(d, j0 + block);
                    for (int i = b * block; i < i1; i++) {
                        for (int j = j0; j < j1; j++) {
                            out[j * n + i] = data[i * d + j];
                        }
                    }
                }
            }
        });
        return out;
    }

    private void bin(int j, float[] columns, int off) {
        float[] column = java.util.Arrays.copyOfRange(columns, off, off + rows);
        int base = j * rows;
        if (binDistinct(j, column)) {
            return;
        }
        float[] sorted = column.clone();
        Arrays.sort(sorted);
        float[] edges = new float[MAX_BINS];
        int bins = 0;
        for (int b = 0; b < MAX_BINS; b++) {
            float e = sorted[(int) ((long) (b + 1) * rows / MAX_BINS) - 1];
            if (bins == 0 || e > edges[bins - 1]) {
                edges[bins++] = e;
            }
        }
        edges = Arrays.copyOf(edges, bins);
        float[] lo = new float[bins];
        Arrays.fill(lo, Float.POSITIVE_INFINITY);
        for (int i = 0; i < rows; i++) {
            int b = Arrays.binarySearch(edges, column[i]);
            if (b < 0) {
                b = -b - 1;
            }
            codes[base + i] = (byte) b;
            lo[b] = Math.min(lo[b], column[i]);
        }
        lower[j] = lo;
        upper[j] = edges;
    }

    /**
     * Gives feature {@code j} one bin per distinct value, in value order, if it has at most {@link #MAX_BINS};
     * returns false (having set nothing) otherwise.
     */
    private boolean binDistinct(int j, float[] column) {
        int[] table = new int[4 * MAX_BINS];
        int[] slotCode = new int[table.length];
        Arrays.fill(slotCode, -1);
        float[] found = new float[MAX_BINS];
        int count = 0;
        int base = j * rows;
        for (int i = 0; i < rows; i++) {
            float v = column[i] == 0 ? 0f : column[i];
            int bits = Float.floatToIntBits(v);
            int h = (bits * 0x9E3779B9) >>> 22;
            while (slotCode[h] >= 0 && table[h] != bits) {
                h = (h + 1) & (table.length - 1);
            }
            if (slotCode[h] < 0) {
                if (count == MAX_BINS) {
                    return false;
                }
                table[h] = bits;
                slotCode[h] = count;
                found[count++] = v;
            }
            codes[base + i] = (byte) slotCode[h];
        }
        Integer[] order = new Integer[count];
        for (int k = 0; k < count; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (p, q) -> Float.compare(found[p], found[q]));
        byte[] rank = new byte[count];
        float[] distinct = new float[count];
        for (int r = 0; r < count; r++) {
            rank[order[r]] = (byte) r;
            distinct[r] = found[order[r]];
        }
        for (int i = 0; i < rows; i++) {
            codes[base + i] = rank[codes[base + i] & 0xFF];
        }
        lower[j] = distinct;
        upper[j] = distinct;
        return true;
    }

    /** The threshold between bin {@code b} and the next occupied bin {@code next} of feature {@code j}. */
    double threshold(int j, int b, int next) {
        double t = upper[j][b] / 2.0 + lower[j][next] / 2.0;
        return t >= lower[j][next] ? upper[j][b] : t;
    }
}
