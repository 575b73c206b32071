package dev.fmnist.classic.models.glm;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.classic.models.linear.DenseVectors;

import java.util.SplittableRandom;

/**
 * L2-regularized linear SVM by dual coordinate descent (Hsieh et al., ICML 2008; LIBLINEAR's
 * {@code solve_l2r_l1l2_svc}, which scikit-learn's {@code LinearSVC} runs): minimizes
 * {@code 0.5 a'(Q + D)a - e'a} over {@code 0 <= a_i <= U} with {@code Q_ij = y_i y_j x_i'x_j}, where hinge loss has
 * {@code D = 0, U = C} and squared hinge {@code D = 1/(2C), U = inf}. Each pass visits the active samples in a new
 * random order; samples whose projected gradient is beyond the previous pass's extremes are shrunk away, and the
 * solver stops when the projected gradient spread of a full pass is at most {@code eps}, or after
 * {@code maxIterations} passes.
 */
final class DualSvmSolver implements BinarySolver {
    private final FeatureMatrix x;
    private final double diag;
    private final double upper;
    private final double eps;
    private final int maxIterations;
    private final double[] squaredNorms;

    DualSvmSolver(FeatureMatrix x, boolean squaredHinge, double c, double eps, int maxIterations) {
        this.x = x;
        this.diag = squaredHinge ? 0.5 / c : 0;
        this.upper = squaredHinge ? Double.POSITIVE_INFINITY : c;
        this.eps = eps;
        this.maxIterations = maxIterations;
        this.squaredNorms = squaredNorms(x);
    }

    /** {@code x_i'x_i + 1} for every row: its squared norm with the bias feature. */
    static double[] squaredNorms(FeatureMatrix x) {
        double[] norms = new double[x.rows()];
        float[] data = x.data();
        for (int i = 0; i < x.rows(); i++) {
            double s = 1;
            for (int j = x.offset(i), end = j + x.cols(); j < end; j++) {
                s += (double) data[j] * data[j];
            }
            norms[i] = s;
        }
        return norms;
    }

    @Override
    public double[] solve(byte[] y, SplittableRandom random) {
        int l = x.rows();
        int d = x.cols();
        float[] data = x.data();
        double[] w = new double[d + 1];
        double[] alpha = new double[l];
        int[] index = Shuffle.identity(l);
        int active = l;
        double pgMaxOld = Double.POSITIVE_INFINITY;
        double pgMinOld = Double.NEGATIVE_INFINITY;
        int iter = 0;
        while (iter < maxIterations) {
            double pgMaxNew = Double.NEGATIVE_INFINITY;
            double pgMinNew = Double.POSITIVE_INFINITY;
            Shuffle.firstN(index, active, random);
            for (int s = 0; s < active; s++) {
                int i = index[s];
                int off = x.offset(i);
                int yi = y[i];
                double g = (DenseVectors.dot(w, data, off, d) + w[d]) * yi - 1 + alpha[i] * diag;
                double pg = 0;
                if (alpha[i] == 0) {
                    if (g > pgMaxOld) {
                        Shuffle.swap(index, s--, --active);
                        continue;
                    } else if (g < 0) {
                        pg = g;
                    }
                } else if (alpha[i] == upper) {
                    if (g < pgMinOld) {
                        Shuffle.swap(index, s--, --active);
                        continue;
                    } else if (g > 0) {
                        pg = g;
                    }
                } else {
                    pg = g;
                }
                pgMaxNew = Math.max(pgMaxNew, pg);
                pgMinNew = Math.min(pgMinNew, pg);
                if (Math.abs(pg) > 1e-12) {
                    double old = alpha[i];
                    alpha[i] = Math.min(Math.max(old - g / (squaredNorms[i] + diag), 0), upper);
                    double step = (alpha[i] - old) * yi;
                    DenseVectors.axpy(step, data, off, w, d);
                    w[d] += step;
                }
            }
            iter++;
            if (pgMaxNew - pgMinNew <= eps) {
                if (active == l) {
                    break;
                }
                active = l;
                pgMaxOld = Double.POSITIVE_INFINITY;
                pgMinOld = Double.NEGATIVE_INFINITY;
                continue;
            }
            pgMaxOld = pgMaxNew <= 0 ? Double.POSITIVE_INFINITY : pgMaxNew;
            pgMinOld = pgMinNew >= 0 ? Double.NEGATIVE_INFINITY : pgMinNew;
        }
        return w;
    }
}
