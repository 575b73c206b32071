package dev.fmnist.classic.models.glm;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.classic.models.Parallel;

import java.util.Arrays;

/**
 * The unpenalized softmax cross-entropy {@code sum_i -log softmax(W x_i + b)_{y_i}} and its gradient, summed over
 * the training rows in double precision as scikit-learn's lbfgs path does with BLAS products.
 *
 * <p>The rows are held twice, converted to double once per fit: feature-major in blocks of {@link #BLOCK} rows for
 * the scores (each weight multiplies a block's column, a loop over rows) and row-major for the gradient (each
 * residual multiplies a row, a loop over features). Every inner loop then reads whole {@code double[]} arrays from
 * index 0, the shape that the JIT turns into vector instructions: JDK 17's C2 vectorizes neither the mixed float to
 * double products of the float matrix nor the dot products that a single layout would need (measured 2.5 against
 * 11 G multiply-adds per second per core).
 */
final class SoftmaxLoss {
    /** Rows per feature-major block: a block's four columns in use and its ten score rows stay in L1. */
    static final int BLOCK = 128;

    private final int rows;
    private final int cols;
    private final int[] y;
    private final int classes;
    /** {@code columns[b][j][r]}: feature {@code j} of row {@code b * BLOCK + r}. */
    private final double[][][] columns;
    /** {@code byRow[i][j]}: feature {@code j} of row {@code i}. */
    private final double[][] byRow;

    /** Converts {@code x} to both layouts on up to {@code threads} threads. */
    SoftmaxLoss(FeatureMatrix x, int[] y, int classes, int threads) {
        this.rows = x.rows();
        this.cols = x.cols();
        this.y = y;
        this.classes = classes;
        int blocks = (rows + BLOCK - 1) / BLOCK;
        this.columns = new double[blocks][][];
        this.byRow = new double[rows][];
        float[] data = x.data();
        Parallel.forEach(blocks, threads, b -> {
            int from = b * BLOCK;
            int n = Math.min(BLOCK, rows - from);
            double[][] block = new double[cols][BLOCK];
            for (int r = 0; r < n; r++) {
                double[] row = new double[cols];
                int off = x.offset(from + r);
                for (int j = 0; j < cols; j++) {
                    row[j] = data[off + j];
                    block[j][r] = row[j];
                }
                byRow[from + r] = row;
            }
            columns[b] = block;
        });
    }

    /** Bytes held by the two layouts for {@code rows x cols} features. */
    static long bytes(int rows, int cols) {
        long blocks = (rows + BLOCK - 1) / BLOCK;
        return 8L * cols * (blocks * BLOCK + rows) + 32L * (blocks * cols + rows);
    }

    /** Number of blocks, the unit of {@link #add}'s ranges. */
    int blocks() {
        return columns.length;
    }

    /**
     * Adds the loss of blocks {@code from..to-1} at weights {@code w} ({@code classes} rows of {@code cols + 1}, the
     * bias last) to the returned value and its gradient to {@code g} (same shape).
     */
    double add(double[][] w, int from, int to, double[][] g) {
        double[][] z = new double[classes][BLOCK];
        double[] p = new double[classes];
        double loss = 0;
        for (int b = from; b < to; b++) {
            int first = b * BLOCK;
            int n = Math.min(BLOCK, rows - first);
            scores(w, columns[b], n, z);
            for (int r = 0; r < n; r++) {
                for (int k = 0; k < classes; k++) {
                    p[k] = z[k][r];
                }
                loss += residual(p, y[first + r]);
                for (int k = 0; k < classes; k++) {
                    z[k][r] = p[k];
                }
            }
            accumulate(z, first, n, g);
        }
        return loss;
    }

    /** {@code z[k][r] = w_k . x_r + b_k} for the block's {@code n} rows, four features per pass. */
    private void scores(double[][] w, double[][] block, int n, double[][] z) {
        for (int k = 0; k < classes; k++) {
            Arrays.fill(z[k], 0, n, w[k][cols]);
        }
        int j = 0;
        for (; j + 3 < cols; j += 4) {
            double[] c0 = block[j];
            double[] c1 = block[j + 1];
            double[] c2 = block[j + 2];
            double[] c3 = block[j + 3];
            for (int k = 0; k < classes; k++) {
                double[] wk = w[k];
                combine4(wk[j], c0, wk[j + 1], c1, wk[j + 2], c2, wk[j + 3], c3, z[k], n);
            }
        }
        for (; j < cols; j++) {
            for (int k = 0; k < classes; k++) {
                combine1(w[k][j], block[j], z[k], n);
            }
        }
    }

    /** {@code g_k += sum_r z[k][r] (x_r, 1)} over the block's {@code n} rows starting at row {@code first}. */
    private void accumulate(double[][] z, int first, int n, double[][] g) {
        int r = 0;
        for (; r + 3 < n; r += 4) {
            double[] x0 = byRow[first + r];
            double[] x1 = byRow[first + r + 1];
            double[] x2 = byRow[first + r + 2];
            double[] x3 = byRow[first + r + 3];
            for (int k = 0; k < classes; k++) {
                double[] zk = z[k];
                combine4(zk[r], x0, zk[r + 1], x1, zk[r + 2], x2, zk[r + 3], x3, g[k], cols);
                g[k][cols] += zk[r] + zk[r + 1] + zk[r + 2] + zk[r + 3];
            }
        }
        for (; r < n; r++) {
            for (int k = 0; k < classes; k++) {
                combine1(z[k][r], byRow[first + r], g[k], cols);
                g[k][cols] += z[k][r];
            }
        }
    }

    /** Turns scores {@code z} into {@code softmax(z) - onehot(y)} and returns the cross-entropy. */
    private static double residual(double[] z, int y) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double zy = z[y];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < z.length; k++) {
            z[k] = z[k] / sum - (k == y ? 1 : 0);
        }
        return Math.log(sum) + max - zy;
    }

    /** {@code out[i] += a0 v0[i] + a1 v1[i] + a2 v2[i] + a3 v3[i]} for {@code i < n}. */
    private static void combine4(double a0, double[] v0, double a1, double[] v1, double a2, double[] v2, double a3,
                                 double[] v3, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] += a0 * v0[i] + a1 * v1[i] + a2 * v2[i] + a3 * v3[i];
        }
    }

    /** {@code out[i] += a v[i]} for {@code i < n}. */
    private static void combine1(double a, double[] v, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] += a * v[i];
        }
    }
}
