package dev.fmnist.classic.models.glm;

import dev.fmnist.classic.family.FeatureMatrix;
import dev.fmnist.classic.family.Predictor;
import dev.fmnist.classic.family.Trainer;
import dev.fmnist.classic.models.Parallel;
import dev.fmnist.classic.models.linear.DenseVectors;
import dev.fmnist.classic.models.linear.LinearModel;
import dev.fmnist.data.progress.Progress;

import java.util.Arrays;

/**
 * Multinomial logistic regression as scikit-learn's {@code LogisticRegression(multi_class="multinomial")} with its
 * default lbfgs solver: minimizes {@code sum_i -log softmax(W x_i + b)_{y_i} + ||W||^2 / (2C)} (the intercepts not
 * penalized) by {@link Lbfgs}, stopping as SciPy's L-BFGS-B does for scikit-learn: the largest gradient component at
 * most {@code tol}, a relative decrease of the objective at most {@code 2.22e-9}, or {@code maxIterations}. The
 * value and gradient are summed over row blocks in parallel.
 */
final class SoftmaxRegression implements Trainer {
    /** SciPy's {@code ftol} default for L-BFGS-B: {@code factr = 1e7} times machine epsilon. */
    private static final double FTOL = 1e7 * Math.ulp(1.0);
    private static final int BLOCK = 4;

    private final double c;
    private final double tol;
    private final int maxIterations;

    SoftmaxRegression(double c, double tol, int maxIterations) {
        this.c = c;
        this.tol = tol;
        this.maxIterations = maxIterations;
    }

    @Override
    public Predictor fit(FeatureMatrix x, int[] y, int classes, long seed, int threads, Progress progress) {
        int width = x.cols() + 1;
        double[] w = new double[classes * width];
        int pieces = Math.max(1, Math.min(threads, x.rows()));
        double[][] partial = new double[pieces][classes * width];
        double[] partialLoss = new double[pieces];
        Lbfgs.Objective objective = (v, g) -> {
            Parallel.forEach(pieces, threads, p -> partialLoss[p] = lossAndGradient(x, y, classes, v, partial[p],
                    (int) ((long) x.rows() * p / pieces), (int) ((long) x.rows() * (p + 1) / pieces)));
            double f = 0;
            Arrays.fill(g, 0);
            for (int p = 0; p < pieces; p++) {
                f += partialLoss[p];
                for (int j = 0; j < g.length; j++) {
                    g[j] += partial[p][j];
                }
            }
            for (int k = 0; k < classes; k++) {
                for (int j = k * width, end = j + width - 1; j < end; j++) {
                    f += v[j] * v[j] / (2 * c);
                    g[j] += v[j] / c;
                }
            }
            return f;
        };
        Lbfgs.minimize(objective, w, maxIterations, (iteration, previous, current, g) -> {
            progress.update((long) iteration * classes / maxIterations, "iteration " + iteration + ", loss " + current);
            double largest = 0;
            for (double v : g) {
                largest = Math.max(largest, Math.abs(v));
            }
            return largest <= tol
                    || (previous - current) <= FTOL * Math.max(Math.max(Math.abs(previous), Math.abs(current)), 1);
        });
        double[][] weights = new double[classes][];
        for (int k = 0; k < classes; k++) {
            weights[k] = Arrays.copyOfRange(w, k * width, (k + 1) * width);
        }
        return new LinearModel(weights);
    }

    /**
     * Cross-entropy of rows {@code from..to-1} and its gradient (written into {@code g}), four rows at a time so
     * that each weight loaded serves four rows.
     */
    private static double lossAndGradient(FeatureMatrix x, int[] y, int classes, double[] w, double[] g, int from,
                                          int to) {
        int d = x.cols();
        int width = d + 1;
        float[] data = x.data();
        double[][] rows = new double[classes][];
        for (int k = 0; k < classes; k++) {
            rows[k] = Arrays.copyOfRange(w, k * width, (k + 1) * width);
        }
        double[][] grads = new double[classes][width];
        double[][] z = new double[BLOCK][classes];
        double[] s = new double[BLOCK];
        double loss = 0;
        for (int i = from; i < to; i += BLOCK) {
            int n = Math.min(BLOCK, to - i);
            for (int k = 0; k < classes; k++) {
                double[] wk = rows[k];
                if (n == BLOCK) {
                    dot4(wk, data, x.offset(i), d, s);
                } else {
                    for (int r = 0; r < n; r++) {
                        s[r] = DenseVectors.dot(wk, data, x.offset(i + r), d);
                    }
                }
                for (int r = 0; r < n; r++) {
                    z[r][k] = s[r] + wk[d];
                }
            }
            for (int r = 0; r < n; r++) {
                loss += residual(z[r], y[i + r]);
            }
            for (int k = 0; k < classes; k++) {
                double[] gk = grads[k];
                if (n == BLOCK) {
                    axpy4(z[0][k], z[1][k], z[2][k], z[3][k], data, x.offset(i), d, gk);
                } else {
                    for (int r = 0; r < n; r++) {
                        DenseVectors.axpy(z[r][k], data, x.offset(i + r), gk, d);
                    }
                }
                for (int r = 0; r < n; r++) {
                    gk[d] += z[r][k];
                }
            }
        }
        for (int k = 0; k < classes; k++) {
            System.arraycopy(grads[k], 0, g, k * width, width);
        }
        return loss;
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

    /** {@code out[r] = w . x_r} for the four consecutive rows at {@code off}. */
    private static void dot4(double[] w, float[] x, int off, int d, double[] out) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int j = 0; j < d; j++) {
            double wj = w[j];
            s0 += wj * x[off + j];
            s1 += wj * x[off + d + j];
            s2 += wj * x[off + 2 * d + j];
            s3 += wj * x[off + 3 * d + j];
        }
        out[0] = s0;
        out[1] = s1;
        out[2] = s2;
        out[3] = s3;
    }

    /** {@code g += a0 x_0 + a1 x_1 + a2 x_2 + a3 x_3} for the four consecutive rows at {@code off}. */
    private static void axpy4(double a0, double a1, double a2, double a3, float[] x, int off, int d, double[] g) {
        for (int j = 0; j < d; j++) {
            g[j] += a0 * x[off + j] + a1 * x[off + d + j] + a2 * x[off + 2 * d + j] + a3 * x[off + 3 * d + j];
        }
    }

    @Override
    public long memoryEstimate(int rows, int cols) {
        return 8L * 10 * (cols + 1) * 40 + (16L << 20);
    }
}
