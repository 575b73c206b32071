package dev.fmnist.classic.models.glm;

import dev.fmnist.estimator.FeatureMatrix;

import java.util.Random;

/**
 * A small overlapping classification problem: Gaussian features, labels from a random linear rule plus noise, and
 * the straightforward primal objectives the solvers minimize, computed independently of them (bias last).
 */
record Synthetic(FeatureMatrix x, int[] classes, byte[] y) {
    static Synthetic of(int rows, int cols, int k, long seed) {
        Random r = new Random(seed);
        float[] data = new float[rows * cols];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) r.nextGaussian();
        }
        double[][] rule = new double[k][cols];
        for (double[] w : rule) {
            for (int j = 0; j < cols; j++) {
                w[j] = j < cols / 2 ? r.nextGaussian() : 0;
            }
        }
        int[] classes = new int[rows];
        byte[] y = new byte[rows];
        for (int i = 0; i < rows; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double s = r.nextGaussian();
                for (int j = 0; j < cols; j++) {
                    s += rule[c][j] * data[i * cols + j];
                }
                if (s > best) {
                    best = s;
                    classes[i] = c;
                }
            }
            y[i] = (byte) (classes[i] == 0 ? 1 : -1);
        }
        return new Synthetic(new FeatureMatrix(data, rows, cols), classes, y);
    }

    /** {@code w'x_i + b}. */
    double score(double[] w, int i) {
        int d = x.cols();
        double s = w[d];
        for (int j = 0; j < d; j++) {
            s += w[j] * x.get(i, j);
        }
        return s;
    }

    /**
     * The softmax cross-entropy {@code sum_i -log softmax(W x_i + b)_{class_i}} at {@code w} ({@code k} rows of
     * {@code cols + 1}, bias last), with its gradient added into {@code g}, by the textbook formula.
     */
    double softmaxLoss(double[][] w, double[][] g) {
        int k = w.length;
        int d = x.cols();
        double loss = 0;
        for (int i = 0; i < x.rows(); i++) {
            double[] z = new double[k];
            double sum = 0;
            for (int m = 0; m < k; m++) {
                z[m] = Math.exp(score(w[m], i));
                sum += z[m];
            }
            loss -= Math.log(z[classes[i]] / sum);
            for (int m = 0; m < k; m++) {
                double r = z[m] / sum - (classes[i] == m ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    g[m][j] += r * x.get(i, j);
                }
                g[m][d] += r;
            }
        }
        return loss;
    }

    /** The gradient of {@code C sum_i loss'(y_i, w'x_i + b) (x_i, 1)} for a per-row derivative {@code dloss}. */
    double[] dataGradient(double[] w, double c, java.util.function.DoubleBinaryOperator dloss) {
        int d = x.cols();
        double[] g = new double[d + 1];
        for (int i = 0; i < x.rows(); i++) {
            double v = c * dloss.applyAsDouble(y[i], score(w, i));
            for (int j = 0; j < d; j++) {
                g[j] += v * x.get(i, j);
            }
            g[d] += v;
        }
        return g;
    }

    /** {@code d/dz log(1 + exp(-y z))}. */
    static double logisticDerivative(double y, double z) {
        return -y / (1 + Math.exp(y * z));
    }

    /** {@code d/dz max(0, 1 - y z)^2}. */
    static double squaredHingeDerivative(double y, double z) {
        return 1 - y * z > 0 ? -2 * y * (1 - y * z) : 0;
    }

    /** {@code 0.5 ||w||^2 + C sum max(0, 1 - y_i (w'x_i + b))}, the bias penalized. */
    double hingeObjective(double[] w, double c) {
        double f = 0;
        for (double v : w) {
            f += 0.5 * v * v;
        }
        for (int i = 0; i < x.rows(); i++) {
            f += c * Math.max(0, 1 - y[i] * score(w, i));
        }
        return f;
    }

    /** The largest violation of the L1 optimality conditions {@code 0 in g_j + d|w_j|}. */
    static double l1Violation(double[] w, double[] g) {
        double worst = 0;
        for (int j = 0; j < w.length; j++) {
            double v = w[j] > 0 ? Math.abs(g[j] + 1) : w[j] < 0 ? Math.abs(g[j] - 1) : Math.max(0, Math.abs(g[j]) - 1);
            worst = Math.max(worst, v);
        }
        return worst;
    }
}
