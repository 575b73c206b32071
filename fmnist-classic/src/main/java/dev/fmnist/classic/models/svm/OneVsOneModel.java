package dev.fmnist.classic.models.svm;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.classic.models.Parallel;

/**
 * A fitted one-vs-one SVC: the union of the binary problems' support vectors, each with its coefficient
 * {@code y_i alpha_i} in every problem against another class, and each problem's {@code rho}. The kernel values of a
 * test row against all support vectors are computed once (blocked like a matrix product: a group of test rows
 * meets one block of support vectors while it is in cache) and shared by the problems; LIBSVM's vote decides.
 */
final class OneVsOneModel implements Predictor {
    /** Test rows that meet one block of support vectors while it is in cache. */
    private static final int GROUP = 16;

    private final int[] labels;
    private final Kernel kernel;
    private final FeatureMajorRows supportVectors;
    private final int[] supportClass;
    private final double[] coefficients;
    private final double[] rho;
    private final int[] pairIndex;

    /**
     * @param labels         the label of each class position, ascending (the classes present in training)
     * @param kernel         the kernel
     * @param supportVectors the support vectors
     * @param supportClass   the class position of each support vector
     * @param coefficients   {@code [sv * classes + other]}: the support vector's {@code y alpha} in the problem of its
     *                       class against {@code other} (0 where it is not a support vector there)
     * @param rho            each problem's offset, problems {@code (0,1), (0,2), ..., (1,2), ...} as in LIBSVM
     */
    OneVsOneModel(int[] labels, Kernel kernel, FeatureMajorRows supportVectors, int[] supportClass,
                  double[] coefficients, double[] rho) {
        this.labels = labels;
        this.kernel = kernel;
        this.supportVectors = supportVectors;
        this.supportClass = supportClass;
        this.coefficients = coefficients;
        this.rho = rho;
        int k = labels.length;
        pairIndex = new int[k * k];
        for (int i = 0, p = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++, p++) {
                pairIndex[i * k + j] = p;
                pairIndex[j * k + i] = p;
            }
        }
    }

    /** The number of support vectors (rows that are one in at least one binary problem). */
    int supportVectorCount() {
        return supportVectors.rows();
    }

    @Override
    public int[] predict(FeatureMatrix x, int threads) {
        double[] decisions = decisionValues(x, threads);
        int pairs = rho.length;
        int[] out = new int[x.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = labels[vote(decisions, i * pairs, labels.length)];
        }
        return out;
    }

    /**
     * The decision values of every row in every binary problem, {@code [row * pairs + pair]}: positive votes for the
     * problem's first class.
     */
    double[] decisionValues(FeatureMatrix x, int threads) {
        if (x.cols() != supportVectors.cols()) {
            throw new IllegalArgumentException("SVC was fitted on " + supportVectors.cols() + " features, got " + x.cols());
        }
        int pairs = rho.length;
        double[] decisions = new double[x.rows() * pairs];
        Parallel.chunks(x.rows(), threads, (from, to) -> {
            float[] dots = new float[FeatureMajorRows.BLOCK];
            for (int g = from; g < to; g += GROUP) {
                accumulate(x, g, Math.min(to, g + GROUP), dots, decisions);
            }
        });
        for (int i = 0; i < decisions.length; i++) {
            decisions[i] -= rho[i % pairs];
        }
        return decisions;
    }

    /** Adds every support vector's contributions to the decision values of rows {@code from..to}. */
    private void accumulate(FeatureMatrix x, int from, int to, float[] dots, double[] decisions) {
        int k = labels.length;
        int pairs = rho.length;
        double[] squared = new double[to - from];
        for (int t = from; t < to; t++) {
            double sq = 0;
            for (int f = x.offset(t), end = f + x.cols(); f < end; f++) {
                sq += (double) x.data()[f] * x.data()[f];
            }
            squared[t - from] = sq;
        }
        int block = FeatureMajorRows.BLOCK;
        for (int b = 0; b * block < supportVectors.rows(); b++) {
            int n = Math.min(block, supportVectors.rows() - b * block);
            for (int t = from; t < to; t++) {
                supportVectors.dot(x.data(), x.offset(t), b, dots);
                int out = t * pairs;
                for (int r = 0; r < n; r++) {
                    int s = b * block + r;
                    double value = kernel.value(dots[r], squared[t - from], supportVectors.squaredNorm(s));
                    int c = supportClass[s];
                    for (int o = 0; o < k; o++) {
                        double a = coefficients[s * k + o];
                        if (a != 0) {
                            decisions[out + pairIndex[c * k + o]] += a * value;
                        }
                    }
                }
            }
        }
    }

    /**
     * LIBSVM's one-vs-one vote: problem {@code (i, j)} ({@code i < j}, in LIBSVM's order) votes for {@code i} when
     * its decision value is positive, else for {@code j}; the class with the most votes wins, ties to the first.
     *
     * @return the winning class position
     */
    static int vote(double[] decisions, int offset, int classes) {
        int[] votes = new int[classes];
        for (int i = 0, p = offset; i < classes; i++) {
            for (int j = i + 1; j < classes; j++, p++) {
                votes[decisions[p] > 0 ? i : j]++;
            }
        }
        int best = 0;
        for (int i = 1; i < classes; i++) {
            if (votes[i] > votes[best]) {
                best = i;
            }
        }
        return best;
    }
}
