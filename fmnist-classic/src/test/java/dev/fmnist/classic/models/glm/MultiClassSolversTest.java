package dev.fmnist.classic.models.glm;

import dev.fmnist.classic.models.linear.LinearModel;
import dev.fmnist.data.progress.Progress;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two multi-class solvers reach the optimum of their objectives on a small three-class problem. */
class MultiClassSolversTest {
    private static final int K = 3;
    private static final Synthetic P = Synthetic.of(300, 12, K, 11);

    /**
     * At the softmax optimum the gradient, computed here, vanishes: {@code X'(P - Y) + W / C} (bias unpenalized). The
     * solver stops as SciPy does, also on a relative decrease below 2.2e-9, so the bound is 1e-3 (the gradient starts
     * near 100 here).
     */
    @Test
    void softmaxRegressionHasAZeroGradient() {
        double c = 1;
        LinearModel m = (LinearModel) new SoftmaxRegression(c, 1e-7, 2000)
                .fit(P.x(), P.classes(), K, 1, 2, Progress.NONE);
        int d = P.x().cols();
        double[][] w = new double[K][];
        for (int k = 0; k < K; k++) {
            w[k] = m.weights(k);
        }
        double[][] g = new double[K][d + 1];
        P.softmaxLoss(w, g);
        for (int k = 0; k < K; k++) {
            for (int j = 0; j <= d; j++) {
                double penalty = j < d ? m.weights(k)[j] / c : 0;
                assertEquals(0, g[k][j] + penalty, 1e-3, "class " + k + " component " + j);
            }
        }
    }

    /** Crammer-Singer's primal is not differentiable: no random small move from the solution lowers it. */
    @Test
    void crammerSingerSolutionMinimizesThePrimal() {
        double c = 1;
        double[][] w = new CrammerSingerSolver(P.x(), c, 1e-9, 100000).solve(P.classes(), K, new SplittableRandom(4),
                Progress.NONE);
        double best = objective(w, c);
        Random r = new Random(9);
        for (int t = 0; t < 200; t++) {
            double[][] v = new double[K][];
            for (int k = 0; k < K; k++) {
                v[k] = w[k].clone();
                for (int j = 0; j < v[k].length; j++) {
                    v[k][j] += 1e-3 * r.nextGaussian();
                }
            }
            assertTrue(objective(v, c) >= best - 1e-9, "a move lowered the objective");
        }
    }

    /** {@code 0.5 sum_m ||w_m||^2 + C sum_i max_m ([m != y_i] + w_m'x_i - w_{y_i}'x_i)}. */
    private static double objective(double[][] w, double c) {
        double f = 0;
        for (double[] wm : w) {
            for (double v : wm) {
                f += 0.5 * v * v;
            }
        }
        for (int i = 0; i < P.x().rows(); i++) {
            int yi = P.classes()[i];
            double own = P.score(w[yi], i);
            double worst = 0;
            for (int m = 0; m < K; m++) {
                worst = Math.max(worst, (m == yi ? 0 : 1) + P.score(w[m], i) - own);
            }
            f += c * worst;
        }
        return f;
    }
}
