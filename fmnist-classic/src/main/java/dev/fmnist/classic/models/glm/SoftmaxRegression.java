package dev.fmnist.classic.models.glm;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.classic.models.Parallel;
import dev.fmnist.classic.models.linear.LinearModel;
import dev.fmnist.data.progress.Progress;

import java.util.Arrays;

/**
 * Multinomial logistic regression as scikit-learn's {@code LogisticRegression(multi_class="multinomial")} with its
 * default lbfgs solver: minimizes {@code sum_i -log softmax(W x_i + b)_{y_i} + ||W||^2 / (2C)} (the intercepts not
 * penalized) by {@link Lbfgs}, stopping as SciPy's L-BFGS-B does for scikit-learn: the largest gradient component at
 * most {@code tol}, a relative decrease of the objective at most {@code 2.22e-9}, or {@code maxIterations}. The
 * value and gradient ({@link SoftmaxLoss}) are summed over row blocks in parallel.
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
        SoftmaxLoss loss = new SoftmaxLoss(x, y, classes, threads);
        double[] w = new double[classes * width];
        int pieces = Math.max(1, Math.min(threads, loss.blocks()));
        double[][][] partial = new double[pieces][classes][width];
        double[] partialLoss = new double[pieces];
        double[][] weights = new double[classes][width];
        Lbfgs.Objective objective = (v, g) -> {
            for (int k = 0; k < classes; k++) {
                System.arraycopy(v, k * width, weights[k], 0, width);
            }
            Parallel.forEach(pieces, threads, p -> {
                for (double[] gk : partial[p]) {
                    Arrays.fill(gk, 0);
                }
                partialLoss[p] = loss.add(weights, loss.blocks() * p / pieces, loss.blocks() * (p + 1) / pieces,
                        partial[p]);
            });
            double f = 0;
            Arrays.fill(g, 0);
            for (int p = 0; p < pieces; p++) {
                f += partialLoss[p];
                for (int k = 0; k < classes; k++) {
                    for (int j = 0; j < width; j++) {
                        g[k * width + j] += partial[p][k][j];
                    }
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
            progress.update(iteration, "iteration " + iteration + ", loss " + current);
            double largest = 0;
            for (double v : g) {
                largest = Math.max(largest, Math.abs(v));
            }
            return largest <= tol
                    || (previous - current) <= FTOL * Math.max(Math.max(Math.abs(previous), Math.abs(current)), 1);
        });
        double[][] result = new double[classes][];
        for (int k = 0; k < classes; k++) {
            result[k] = Arrays.copyOfRange(w, k * width, (k + 1) * width);
        }
        return new LinearModel(result);
    }

    @Override
    public long memoryEstimate(int rows, int cols) {
        return SoftmaxLoss.bytes(rows, cols) + 8L * 10 * (cols + 1) * 40 + (16L << 20);
    }
}
