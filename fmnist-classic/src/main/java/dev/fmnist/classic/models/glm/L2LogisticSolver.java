package dev.fmnist.classic.models.glm;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.classic.models.linear.DenseVectors;

import java.util.SplittableRandom;

/**
 * L2-regularized logistic regression in LIBLINEAR's form (scikit-learn's liblinear solver, {@code penalty=l2}):
 * {@code min 0.5 ||w||^2 + C sum log(1 + exp(-y_i w'x_i))}, the bias a penalized weight. LIBLINEAR minimizes it by
 * trust-region Newton; this solver uses {@link Lbfgs} on the same strictly convex objective (one optimum) with
 * LIBLINEAR's stopping rule: the gradient norm at most {@code eps * max(min(pos, neg), 1) / l} times its norm at
 * {@code w = 0}, or {@code maxIterations} iterations.
 */
final class L2LogisticSolver implements BinarySolver {
    private final FeatureMatrix x;
    private final double c;
    private final double eps;
    private final int maxIterations;

    L2LogisticSolver(FeatureMatrix x, double c, double eps, int maxIterations) {
        this.x = x;
        this.c = c;
        this.eps = eps;
        this.maxIterations = maxIterations;
    }

    @Override
    public double[] solve(byte[] y, SplittableRandom random) {
        int l = x.rows();
        int pos = 0;
        for (byte b : y) {
            pos += b == 1 ? 1 : 0;
        }
        double tol = eps * Math.max(Math.min(pos, l - pos), 1) / l;
        double[] w = new double[x.cols() + 1];
        double[] initialNorm = new double[1];
        Lbfgs.minimize((v, g) -> objective(v, g, y), w, maxIterations, (iteration, previous, current, g) -> {
            double norm = Math.sqrt(Lbfgs.dot(g, g));
            if (iteration == 0) {
                initialNorm[0] = norm;
            }
            return norm <= tol * initialNorm[0];
        });
        return w;
    }

    private double objective(double[] w, double[] g, byte[] y) {
        int d = x.cols();
        float[] data = x.data();
        double f = 0.5 * Lbfgs.dot(w, w);
        System.arraycopy(w, 0, g, 0, w.length);
        for (int i = 0; i < x.rows(); i++) {
            int off = x.offset(i);
            double yz = y[i] * (DenseVectors.dot(w, data, off, d) + w[d]);
            f += c * (yz >= 0 ? Math.log1p(Math.exp(-yz)) : -yz + Math.log1p(Math.exp(yz)));
            double coef = c * (1 / (1 + Math.exp(-yz)) - 1) * y[i];
            DenseVectors.axpy(coef, data, off, g, d);
            g[d] += coef;
        }
        return f;
    }
}
