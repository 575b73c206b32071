package dev.fmnist.classic.models.glm;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * L1-regularized linear SVM with squared hinge loss, {@code min ||w||_1 + C sum max(0, 1 - y_i w'x_i)^2}, by primal
 * coordinate descent (Yuan et al. 2010; LIBLINEAR's {@code solve_l1r_l2_svc}, scikit-learn's {@code LinearSVC} with
 * {@code penalty=l1}): one Newton step per feature with an L1 term, an Armijo line search, features shrunk as in
 * {@link L1LogisticSolver}; it stops when the summed subgradient violation falls to
 * {@code eps * max(min(pos, neg), 1) / l} of the first pass's, or after {@code maxIterations} passes.
 */
final class L1SquaredHingeSolver implements BinarySolver {
    private static final int MAX_LINE_SEARCH = 20;
    private static final double SIGMA = 0.01;

    private final FeatureColumns x;
    private final double c;
    private final double eps;
    private final int maxIterations;

    L1SquaredHingeSolver(FeatureColumns x, double c, double eps, int maxIterations) {
        this.x = x;
        this.c = c;
        this.eps = eps;
        this.maxIterations = maxIterations;
    }

    @Override
    public double[] solve(byte[] y, SplittableRandom random) {
        int l = x.rows();
        int size = x.columns();
        float[] data = x.data();
        double[] w = new double[size];
        double[] ys = new double[l];
        double[] b = new double[l];
        int pos = 0;
        for (int i = 0; i < l; i++) {
            ys[i] = y[i];
            b[i] = 1;
            pos += y[i] == 1 ? 1 : 0;
        }
        double tol = eps * Math.max(Math.min(pos, l - pos), 1) / l;
        double[] xjSq = new double[size];
        for (int j = 0; j < size; j++) {
            int off = x.offset(j);
            double s = 0;
            for (int i = 0; i < l; i++) {
                s += (double) data[off + i] * data[off + i];
            }
            xjSq[j] = c * s;
        }
        int[] index = Shuffle.identity(size);
        int active = size;
        double gmaxOld = Double.POSITIVE_INFINITY;
        double gnorm1Init = 0;
        for (int iter = 0; iter < maxIterations; iter++) {
            double gmax = 0;
            double gnorm1 = 0;
            Shuffle.firstN(index, active, random);
            for (int s = 0; s < active; s++) {
                int j = index[s];
                int off = x.offset(j);
                double gLoss = 0;
                double h = 0;
                for (int i = 0; i < l; i++) {
                    if (b[i] > 0) {
                        double v = data[off + i];
                        gLoss -= v * ys[i] * b[i];
                        h += v * v;
                    }
                }
                gLoss *= 2 * c;
                h = Math.max(2 * c * h, 1e-12);
                double violation = L1LogisticSolver.violation(gLoss, w[j], gmaxOld / l);
                if (violation < 0) {
                    Shuffle.swap(index, s--, --active);
                    continue;
                }
                gmax = Math.max(gmax, violation);
                gnorm1 += violation;
                double d = Columns.newtonStep(gLoss, h, w[j]);
                if (Math.abs(d) < 1e-12) {
                    continue;
                }
                if (!lineSearch(data, off, l, ys, b, w[j], d, gLoss, xjSq[j], w, j)) {
                    recompute(data, l, size, ys, b, w);
                }
            }
            if (iter == 0) {
                gnorm1Init = gnorm1;
            }
            if (gnorm1 <= tol * gnorm1Init) {
                if (active == size) {
                    break;
                }
                active = size;
                gmaxOld = Double.POSITIVE_INFINITY;
                continue;
            }
            gmaxOld = gmax;
        }
        return w;
    }

    /**
     * Tries {@code d, d/2, ...} on weight {@code j}, keeping {@code b = 1 - y w'x} current, and applies the step
     * taken; false when it ran out of halvings (then {@code b} has drifted and must be recomputed).
     */
    private boolean lineSearch(float[] data, int off, int l, double[] ys, double[] b, double wj, double d,
                               double gLoss, double xjSq, double[] w, int j) {
        double delta = Math.abs(wj + d) - Math.abs(wj) + gLoss * d;
        double dOld = 0;
        double lossOld = 0;
        int step;
        for (step = 0; step < MAX_LINE_SEARCH; step++) {
            double dDiff = dOld - d;
            double cond = Math.abs(wj + d) - Math.abs(wj) - SIGMA * delta;
            if (xjSq * d * d + gLoss * d + cond <= 0) {
                for (int i = 0; i < l; i++) {
                    b[i] += dDiff * ys[i] * data[off + i];
                }
                break;
            }
            double lossNew = 0;
            for (int i = 0; i < l; i++) {
                if (step == 0 && b[i] > 0) {
                    lossOld += c * b[i] * b[i];
                }
                double bNew = b[i] + dDiff * ys[i] * data[off + i];
                b[i] = bNew;
                if (bNew > 0) {
                    lossNew += c * bNew * bNew;
                }
            }
            if (cond + lossNew - lossOld <= 0) {
                break;
            }
            dOld = d;
            d *= 0.5;
            delta *= 0.5;
        }
        w[j] += d;
        return step < MAX_LINE_SEARCH;
    }

    private void recompute(float[] data, int l, int size, double[] ys, double[] b, double[] w) {
        Arrays.fill(b, 1);
        for (int j = 0; j < size; j++) {
            if (w[j] != 0) {
                int off = x.offset(j);
                for (int i = 0; i < l; i++) {
                    b[i] -= w[j] * ys[i] * data[off + i];
                }
            }
        }
    }
}
