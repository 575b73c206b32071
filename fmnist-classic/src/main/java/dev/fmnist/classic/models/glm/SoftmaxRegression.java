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

    /** Cross-entropy of rows {@code from..to-1} and its gradient (written into {@code g}). */
    private static double lossAndGradient(FeatureMatrix x, int[] y, int classes, double[] w, double[] g, int from,
                                          int to) {
        int d = x.cols();
        int width = d + 1;
        float[] data = x.data();
        Arrays.fill(g, 0);
        double[][] rows = new double[classes][];
        for (int k = 0; k < classes; k++) {
            rows[k] = Arrays.copyOfRange(w, k * width, (k + 1) * width);
        }
        double[][] grads = new double[classes][width];
        double[] z = new double[classes];
        double loss = 0;
        for (int i = from; i < to; i++) {
            int off = x.offset(i);
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                z[k] = DenseVectors.dot(rows[k], data, off, d) + rows[k][d];
                max = Math.max(max, z[k]);
            }
            double zy = z[y[i]];
            double sum = 0;
            for (int k = 0; k < classes; k++) {
                z[k] = Math.exp(z[k] - max);
                sum += z[k];
            }
            loss += Math.log(sum) + max - zy;
            for (int k = 0; k < classes; k++) {
                double r = z[k] / sum - (k == y[i] ? 1 : 0);
                DenseVectors.axpy(r, data, off, grads[k], d);
                grads[k][d] += r;
            }
        }
        for (int k = 0; k < classes; k++) {
            System.arraycopy(grads[k], 0, g, k * width, width);
        }
        return loss;
    }

    @Override
    public long memoryEstimate(int rows, int cols) {
        return 8L * 10 * (cols + 1) * 40 + (16L << 20);
    }
}
