package dev.fmnist.classic.models.bayes;

import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.classic.models.Parallel;
import dev.fmnist.estimator.Params;
import dev.fmnist.data.progress.Progress;

import java.util.List;
import java.util.Map;

/**
 * Gaussian naive Bayes as scikit-learn's {@code GaussianNB}: one mean and variance per class and feature, every
 * variance increased by {@code var_smoothing} times the largest feature variance of the whole training set, and
 * class priors given or estimated from the label frequencies.
 */
public final class GaussianNB implements Family {
    @Override
    public String name() {
        return "GaussianNB";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("priors", List.of(), "class prior probabilities, one per class (default: label frequencies)"),
                new ParameterSpec("var_smoothing", List.of(), "share of the largest feature variance added to every variance (default 1e-9)"));
    }

    @Override
    public Trainer trainer(Map<String, Object> params) {
        Params p = new Params(this, params);
        double[] priors = p.numbers("priors");
        double smoothing = p.number("var_smoothing", 1e-9);
        return new Trainer() {
            @Override
            public Predictor fit(FeatureMatrix x, int[] y, int classes, long seed, int threads, Progress progress) {
                return Model.fit(x, y, classes, priors, smoothing);
            }

            @Override
            public long memoryEstimate(int rows, int cols) {
                return 64L * cols * 16 + 4096;
            }
        };
    }

    /** The fitted class-conditional Gaussians. */
    static final class Model implements Predictor {
        final double[][] mean;
        final double[][] variance;
        final double[] logPrior;
        private final double[] logNormalizer;

        private Model(double[][] mean, double[][] variance, double[] logPrior) {
            this.mean = mean;
            this.variance = variance;
            this.logPrior = logPrior;
            this.logNormalizer = new double[mean.length];
            for (int c = 0; c < mean.length; c++) {
                for (double v : variance[c]) {
                    logNormalizer[c] += Math.log(2 * Math.PI * v);
                }
            }
        }

        static Model fit(FeatureMatrix x, int[] y, int classes, double[] priors, double smoothing) {
            int d = x.cols();
            if (priors != null && priors.length != classes) {
                throw new IllegalArgumentException("GaussianNB: " + priors.length + " priors for " + classes + " classes");
            }
            double[][] sum = new double[classes][d];
            double[] total = new double[d];
            int[] count = new int[classes];
            float[] data = x.data();
            for (int i = 0; i < x.rows(); i++) {
                double[] s = sum[y[i]];
                count[y[i]]++;
                int off = x.offset(i);
                for (int j = 0; j < d; j++) {
                    s[j] += data[off + j];
                    total[j] += data[off + j];
                }
            }
            double[][] mean = new double[classes][d];
            for (int c = 0; c < classes; c++) {
                for (int j = 0; j < d; j++) {
                    mean[c][j] = count[c] == 0 ? 0 : sum[c][j] / count[c];
                }
            }
            double[][] sq = new double[classes][d];
            double[] totalSq = new double[d];
            for (int j = 0; j < d; j++) {
                total[j] /= x.rows();
            }
            for (int i = 0; i < x.rows(); i++) {
                double[] s = sq[y[i]];
                double[] m = mean[y[i]];
                int off = x.offset(i);
                for (int j = 0; j < d; j++) {
                    double dv = data[off + j] - m[j];
                    s[j] += dv * dv;
                    double dt = data[off + j] - total[j];
                    totalSq[j] += dt * dt;
                }
            }
            double maxVar = 0;
            for (int j = 0; j < d; j++) {
                maxVar = Math.max(maxVar, totalSq[j] / x.rows());
            }
            double epsilon = smoothing * maxVar;
            double[][] variance = new double[classes][d];
            double[] logPrior = new double[classes];
            for (int c = 0; c < classes; c++) {
                for (int j = 0; j < d; j++) {
                    variance[c][j] = (count[c] == 0 ? 0 : sq[c][j] / count[c]) + epsilon;
                }
                double prior = priors != null ? priors[c] : (double) count[c] / x.rows();
                logPrior[c] = Math.log(prior);
            }
            return new Model(mean, variance, logPrior);
        }

        /** The joint log-likelihood of row {@code i} under class {@code c}, as scikit-learn computes it. */
        double jointLogLikelihood(FeatureMatrix x, int i, int c) {
            double[] m = mean[c];
            double[] v = variance[c];
            double quad = 0;
            int off = x.offset(i);
            float[] data = x.data();
            for (int j = 0; j < m.length; j++) {
                double dv = data[off + j] - m[j];
                quad += dv * dv / v[j];
            }
            return logPrior[c] - 0.5 * logNormalizer[c] - 0.5 * quad;
        }

        @Override
        public int[] predict(FeatureMatrix x, int threads) {
            int[] out = new int[x.rows()];
            Parallel.chunks(x.rows(), threads, (from, to) -> {
                for (int i = from; i < to; i++) {
                    int best = 0;
                    double bestScore = Double.NEGATIVE_INFINITY;
                    for (int c = 0; c < mean.length; c++) {
                        double s = jointLogLikelihood(x, i, c);
                        if (s > bestScore) {
                            bestScore = s;
                            best = c;
                        }
                    }
                    out[i] = best;
                }
            });
            return out;
        }
    }
}
