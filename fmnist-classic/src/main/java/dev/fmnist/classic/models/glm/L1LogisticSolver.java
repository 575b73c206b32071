package dev.fmnist.classic.models.glm;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * L1-regularized logistic regression, {@code min ||w||_1 + C sum log(1 + exp(-y_i w'x_i))}, by newGLMNET (Yuan,
 * Ho and Lin 2012; LIBLINEAR's {@code solve_l1r_lr}, which scikit-learn's liblinear solver runs): each Newton
 * iteration minimizes the quadratic model plus the L1 term by coordinate descent over the features (a random order
 * each cycle, features with a zero weight and a small gradient shrunk away), then takes the largest step
 * {@code 1, 1/2, 1/4, ...} that decreases the objective enough. It stops when the summed minimum-norm subgradient
 * falls to {@code eps * max(min(pos, neg), 1) / l} of its value at {@code w = 0}, or after
 * {@code maxNewtonIterations}.
 */
final class L1LogisticSolver implements BinarySolver {
    private static final int MAX_INNER_CYCLES = 1000;
    private static final int MAX_LINE_SEARCH = 20;
    private static final double NU = 1e-12;
    private static final double SIGMA = 0.01;

    private final FeatureColumns x;
    private final double c;
    private final double eps;
    private final int maxNewtonIterations;

    L1LogisticSolver(FeatureColumns x, double c, double eps, int maxNewtonIterations) {
        this.x = x;
        this.c = c;
        this.eps = eps;
        this.maxNewtonIterations = maxNewtonIterations;
    }

    @Override
    public double[] solve(byte[] y, SplittableRandom random) {
        return new Run(y, random).solve();
    }

    /** The working arrays of one binary problem. */
    private final class Run {
        private final SplittableRandom random;
        private final float[] data = x.data();
        private final int l = x.rows();
        private final int size = x.columns();
        private final double[] w = new double[size];
        private final double[] wpd = new double[size];
        private final double[] hdiag = new double[size];
        private final double[] grad = new double[size];
        private final double[] negSum = new double[size];
        private final int[] index = Shuffle.identity(size);
        private final double[] xTd = new double[l];
        /** {@code D_i (x_i'd)} during the coordinate descent, {@code d = wpd - w}. */
        private final double[] dxTd = new double[l];
        private final double[] expWx = new double[l];
        private final double[] expWxNew = new double[l];
        private final double[] tau = new double[l];
        private final double[] dd = new double[l];
        /** C where y = -1, else 0. */
        private final double[] negC = new double[l];
        private final double tol;
        private double wNorm;

        Run(byte[] y, SplittableRandom random) {
            this.random = random;
            int pos = 0;
            for (int i = 0; i < l; i++) {
                negC[i] = y[i] == -1 ? c : 0;
                pos += y[i] == 1 ? 1 : 0;
                expWx[i] = 1;
            }
            tol = eps * Math.max(Math.min(pos, l - pos), 1) / l;
            for (int j = 0; j < size; j++) {
                negSum[j] = Columns.dot(data, x.offset(j), negC, l);
            }
            curvature();
        }

        double[] solve() {
            double gmaxOld = Double.POSITIVE_INFINITY;
            double gnorm1Init = 0;
            double innerEps = 1;
            for (int newton = 0; newton < maxNewtonIterations; newton++) {
                double gmax = 0;
                double gnorm1 = 0;
                int active = size;
                for (int s = 0; s < active; s++) {
                    int j = index[s];
                    int off = x.offset(j);
                    double h = NU;
                    double t = 0;
                    for (int i = 0; i < l; i++) {
                        double v = data[off + i];
                        h += v * v * dd[i];
                        t += v * tau[i];
                    }
                    hdiag[j] = h;
                    grad[j] = -t + negSum[j];
                    double violation = violation(grad[j], w[j], gmaxOld / l);
                    if (violation < 0) {
                        Shuffle.swap(index, s--, --active);
                        continue;
                    }
                    gmax = Math.max(gmax, violation);
                    gnorm1 += violation;
                }
                if (newton == 0) {
                    gnorm1Init = gnorm1;
                }
                if (gnorm1 <= tol * gnorm1Init) {
                    break;
                }
                if (quadraticModel(active, innerEps * gnorm1Init) == 1) {
                    innerEps *= 0.25;
                }
                lineSearch();
                gmaxOld = gmax;
            }
            return w;
        }

        /** Coordinate descent on the quadratic model around {@code w}, moving {@code wpd}; returns the cycles run. */
        private int quadraticModel(int active, double stop) {
            Arrays.fill(dxTd, 0);
            double gmaxOld = Double.POSITIVE_INFINITY;
            int qpActive = active;
            int cycles = 0;
            while (cycles < MAX_INNER_CYCLES) {
                double gmax = 0;
                double gnorm1 = 0;
                Shuffle.firstN(index, qpActive, random);
                for (int s = 0; s < qpActive; s++) {
                    int j = index[s];
                    int off = x.offset(j);
                    double h = hdiag[j];
                    double g = grad[j] + (wpd[j] - w[j]) * NU + Columns.dot(data, off, dxTd, l);
                    double violation = violation(g, wpd[j], gmaxOld / l);
                    if (violation < 0) {
                        Shuffle.swap(index, s--, --qpActive);
                        continue;
                    }
                    gmax = Math.max(gmax, violation);
                    gnorm1 += violation;
                    double z = Columns.newtonStep(g, h, wpd[j]);
                    if (Math.abs(z) < 1e-12) {
                        continue;
                    }
                    z = Math.min(Math.max(z, -10), 10);
                    wpd[j] += z;
                    Columns.axpy(z, data, off, dd, dxTd, l);
                }
                cycles++;
                if (gnorm1 <= stop) {
                    if (qpActive == active) {
                        break;
                    }
                    qpActive = active;
                    gmaxOld = Double.POSITIVE_INFINITY;
                    continue;
                }
                gmaxOld = gmax;
            }
            Arrays.fill(xTd, 0);
            for (int j = 0; j < size; j++) {
                if (wpd[j] != w[j]) {
                    Columns.axpy(wpd[j] - w[j], data, x.offset(j), xTd, l);
                }
            }
            return cycles;
        }

        /** Backtracking from the full step {@code wpd - w}; on success {@code w} and the cached terms move. */
        private void lineSearch() {
            double delta = 0;
            for (int j = 0; j < size; j++) {
                delta += grad[j] * (wpd[j] - w[j]);
            }
            double wNormNew = norm1(wpd);
            delta += wNormNew - wNorm;
            double negSumXTd = 0;
            for (int i = 0; i < l; i++) {
                negSumXTd += negC[i] * xTd[i];
            }
            int step;
            for (step = 0; step < MAX_LINE_SEARCH; step++) {
                double cond = wNormNew - wNorm + negSumXTd - SIGMA * delta;
                for (int i = 0; i < l; i++) {
                    double e = Math.exp(xTd[i]);
                    expWxNew[i] = expWx[i] * e;
                    cond += c * logRatio(expWx[i], e, expWxNew[i]);
                }
                if (cond <= 0) {
                    wNorm = wNormNew;
                    System.arraycopy(wpd, 0, w, 0, size);
                    System.arraycopy(expWxNew, 0, expWx, 0, l);
                    break;
                }
                for (int j = 0; j < size; j++) {
                    wpd[j] = (w[j] + wpd[j]) * 0.5;
                }
                wNormNew = norm1(wpd);
                delta *= 0.5;
                negSumXTd *= 0.5;
                for (int i = 0; i < l; i++) {
                    xTd[i] *= 0.5;
                }
            }
            if (step >= MAX_LINE_SEARCH) {
                Arrays.fill(expWx, 0);
                for (int j = 0; j < size; j++) {
                    if (w[j] != 0) {
                        Columns.axpy(w[j], data, x.offset(j), expWx, l);
                    }
                }
                for (int i = 0; i < l; i++) {
                    expWx[i] = Math.exp(expWx[i]);
                }
            }
            curvature();
        }

        /** {@code tau_i = C / (1 + e^{w'x_i})} and {@code D_i = C e^{w'x_i} / (1 + e^{w'x_i})^2} ({@link #curvature}). */
        private void curvature() {
            for (int i = 0; i < l; i++) {
                double t = 1 / (1 + expWx[i]);
                tau[i] = c * t;
                dd[i] = L1LogisticSolver.curvature(c, expWx[i], t);
            }
        }
    }

    /**
     * {@code C e / (1 + e)^2} for {@code e = e^{w'x_i}} and {@code t = 1 / (1 + e)}: LIBLINEAR's {@code C e t t}, bit
     * for bit, while {@code C e} is finite, else its limit {@code C t}. LIBLINEAR's form overflows to infinity once
     * {@code w'x_i} nears 709 (to NaN past it); one such row makes every feature's curvature infinite, every
     * coordinate step zero, and the solver stalls: 1,000 cycles a Newton iteration that move nothing, to the
     * iteration limit (MNIST, class 0 against the rest at C=10, as scikit-learn's liblinear shows too).
     */
    static double curvature(double c, double e, double t) {
        double ce = c * e;
        return Double.isInfinite(ce) ? c * t : ce * t * t;
    }

    /**
     * {@code log((1 + eNew) / (d + eNew))} with {@code eNew = e d}, the line search's change in one row's loss:
     * LIBLINEAR's form while {@code eNew} is finite; past that the same ratio divided through by {@code d}, which
     * stays finite, where LIBLINEAR's is infinity over infinity (NaN, so that no step is ever accepted).
     */
    static double logRatio(double e, double d, double eNew) {
        if (!Double.isInfinite(eNew)) {
            return Math.log((1 + eNew) / (d + eNew));
        }
        return Double.isInfinite(e) ? 0 : Math.log((1 / d + e) / (1 + e));
    }

    /**
     * The minimum-norm subgradient of {@code g + |w|} at {@code w}, or -1 when {@code w = 0} and {@code g} lies
     * inside {@code (-1 + shrink, 1 - shrink)}: a coordinate to shrink away.
     */
    static double violation(double g, double w, double shrink) {
        double gp = g + 1;
        double gn = g - 1;
        if (w == 0) {
            if (gp < 0) {
                return -gp;
            }
            if (gn > 0) {
                return gn;
            }
            return gp > shrink && gn < -shrink ? -1 : 0;
        }
        return w > 0 ? Math.abs(gp) : Math.abs(gn);
    }

    private static double norm1(double[] v) {
        double s = 0;
        for (double d : v) {
            s += Math.abs(d);
        }
        return s;
    }
}
