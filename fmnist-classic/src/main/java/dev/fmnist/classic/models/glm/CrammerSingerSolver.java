package dev.fmnist.classic.models.glm;

import dev.fmnist.classic.models.linear.DenseVectors;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.estimator.FeatureMatrix;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Crammer and Singer's multi-class linear SVM by dual coordinate descent (Keerthi et al. 2008; LIBLINEAR's
 * {@code Solver_MCSVM_CS}, scikit-learn's {@code LinearSVC(multi_class="crammer_singer")}): minimizes
 * {@code 0.5 sum_m ||w_m||^2 + sum_i sum_m e_i^m a_i^m} subject to {@code a_i^m <= C [m = y_i]} and
 * {@code sum_m a_i^m = 0}, one sample's {@code k} variables at a time in a random order each pass, shrinking
 * samples and classes at their bounds; it stops when a pass over all samples moves no gradient gap above
 * {@code eps}, or after {@code maxIterations} passes.
 */
final class CrammerSingerSolver {
    private final FeatureMatrix x;
    private final double c;
    private final double eps;
    private final int maxIterations;

    CrammerSingerSolver(FeatureMatrix x, double c, double eps, int maxIterations) {
        this.x = x;
        this.c = c;
        this.eps = eps;
        this.maxIterations = maxIterations;
    }

    /**
     * The weights of every class (bias last) for labels {@code y} in {@code 0..classes-1}; every tenth pass reports
     * the pass and its largest gradient gap, which falls to {@code eps} as the solver converges.
     */
    double[][] solve(int[] y, int classes, SplittableRandom random, Progress progress) {
        int l = x.rows();
        int d = x.cols();
        float[] data = x.data();
        double[][] w = new double[classes][d + 1];
        double[] alpha = new double[l * classes];
        int[] alphaIndex = new int[l * classes];
        double[] qd = DualSvmSolver.squaredNorms(x);
        int[] yIndex = new int[l];
        int[] activeI = new int[l];
        int[] index = Shuffle.identity(l);
        double[] g = new double[classes];
        double[] b = new double[classes];
        double[] alphaNew = new double[classes];
        double[] sorted = new double[classes];
        for (int i = 0; i < l; i++) {
            for (int m = 0; m < classes; m++) {
                alphaIndex[i * classes + m] = m;
            }
            activeI[i] = classes;
            yIndex[i] = y[i];
        }
        int active = l;
        double epsShrink = Math.max(10 * eps, 1);
        boolean startFromAll = true;
        for (int iter = 1; iter <= maxIterations; iter++) {
            double stopping = Double.NEGATIVE_INFINITY;
            Shuffle.firstN(index, active, random);
            for (int s = 0; s < active; s++) {
                int i = index[s];
                double ai = qd[i];
                int base = i * classes;
                int off = x.offset(i);
                int n = activeI[i];
                for (int m = 0; m < n; m++) {
                    double[] wm = w[alphaIndex[base + m]];
                    g[m] = (m == yIndex[i] ? 0 : 1) + DenseVectors.dot(wm, data, off, d) + wm[d];
                }
                double minG = Double.POSITIVE_INFINITY;
                double maxG = Double.NEGATIVE_INFINITY;
                for (int m = 0; m < n; m++) {
                    if (alpha[base + alphaIndex[base + m]] < 0 && g[m] < minG) {
                        minG = g[m];
                    }
                    maxG = Math.max(maxG, g[m]);
                }
                if (yIndex[i] < n && alpha[base + y[i]] < c && g[yIndex[i]] < minG) {
                    minG = g[yIndex[i]];
                }
                for (int m = 0; m < activeI[i]; m++) {
                    if (shrinks(m, yIndex[i], alpha[base + alphaIndex[base + m]], g[m], minG)) {
                        activeI[i]--;
                        while (activeI[i] > m) {
                            int last = activeI[i];
                            if (!shrinks(last, yIndex[i], alpha[base + alphaIndex[base + last]], g[last], minG)) {
                                Shuffle.swap(alphaIndex, base + m, base + last);
                                double t = g[m];
                                g[m] = g[last];
                                g[last] = t;
                                if (yIndex[i] == last) {
                                    yIndex[i] = m;
                                } else if (yIndex[i] == m) {
                                    yIndex[i] = last;
                                }
                                break;
                            }
                            activeI[i]--;
                        }
                    }
                }
                n = activeI[i];
                if (n <= 1) {
                    Shuffle.swap(index, s--, --active);
                    continue;
                }
                if (maxG - minG <= 1e-12) {
                    continue;
                }
                stopping = Math.max(stopping, maxG - minG);
                for (int m = 0; m < n; m++) {
                    b[m] = g[m] - ai * alpha[base + alphaIndex[base + m]];
                }
                subProblem(ai, yIndex[i], n, b, sorted, alphaNew);
                for (int m = 0; m < n; m++) {
                    int cls = alphaIndex[base + m];
                    double delta = alphaNew[m] - alpha[base + cls];
                    alpha[base + cls] = alphaNew[m];
                    if (Math.abs(delta) >= 1e-12) {
                        DenseVectors.axpy(delta, data, off, w[cls], d);
                        w[cls][d] += delta;
                    }
                }
            }
            if (iter % 10 == 0) {
                progress.update(iter, String.format(Locale.ROOT, "pass %d, largest gap %.2g (stops below %.2g)",
                        iter, stopping, eps));
            }
            if (stopping < epsShrink) {
                if (stopping < eps && startFromAll) {
                    break;
                }
                active = l;
                Arrays.fill(activeI, classes);
                epsShrink = Math.max(epsShrink / 2, eps);
                startFromAll = true;
            } else {
                startFromAll = false;
            }
        }
        return w;
    }

    private boolean shrinks(int m, int yi, double alpha, double g, double minG) {
        double bound = m == yi ? c : 0;
        return alpha == bound && g < minG;
    }

    /** The exact minimizer of one sample's sub-problem over its {@code n} active classes. */
    private void subProblem(double ai, int yi, int n, double[] b, double[] sorted, double[] alphaNew) {
        System.arraycopy(b, 0, sorted, 0, n);
        if (yi < n) {
            sorted[yi] += ai * c;
        }
        Arrays.sort(sorted, 0, n);
        double beta = sorted[n - 1] - ai * c;
        int r = 1;
        for (; r < n && beta < r * sorted[n - 1 - r]; r++) {
            beta += sorted[n - 1 - r];
        }
        beta /= r;
        for (int m = 0; m < n; m++) {
            alphaNew[m] = Math.min(m == yi ? c : 0, (beta - b[m]) / ai);
        }
    }
}
