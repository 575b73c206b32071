package dev.fmnist.classic.models.boosting;

import dev.fmnist.data.Version;
import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.estimator.Params;
import dev.fmnist.data.progress.Progress;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gradient-boosted trees on the multinomial deviance, scikit-learn's {@code GradientBoostingClassifier}, trained by
 * XGBoost's histogram method: each round adds one depth-limited regression tree per class, shrunk by
 * {@code learning_rate}. With at most 256 distinct values per feature (pixels), 256 histogram bins give exactly the
 * split candidates of an exhaustive search. XGBoost keeps a histogram per tree node for its subtraction trick (a
 * feature's 256 bins of gradient and hessian sums in doubles: 3.2 MB a node for 784 pixels), up to 65,536 nodes by
 * default: a tree of depth 50 took more than 16 GB. The cache is bounded to {@link #HISTOGRAM_CACHE_BYTES}; past it
 * XGBoost builds a node's histogram directly instead of subtracting.
 */
public final class GradientBoostingClassifier implements Family {
    /** The most memory XGBoost's histogram cache may take. */
    static final long HISTOGRAM_CACHE_BYTES = 2L << 30;
    private static final int MAX_BIN = 256;
    /** Bytes of one bin of a node's histogram: gradient and hessian sums, in doubles. */
    private static final int BIN_BYTES = 16;

    @Override
    public String name() {
        return "GradientBoostingClassifier";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("loss", List.of("deviance", "log_loss"),
                        "multinomial deviance, the only loss for ten classes (scikit-learn 1.1 renamed it log_loss)"),
                new ParameterSpec("n_estimators", List.of(), "boosting rounds (default 100)"),
                new ParameterSpec("max_depth", List.of(), "depth of each tree (default 3)"),
                new ParameterSpec("learning_rate", List.of(), "shrinkage of each tree (default 0.1)"),
                new ParameterSpec("subsample", List.of(), "share of samples drawn for each round (default 1.0)"));
    }

    @Override
    public String library() {
        return "xgboost4j " + Version.of("xgboost");
    }

    @Override
    public Trainer trainer(Map<String, Object> params) {
        Params p = new Params(this, params);
        int rounds = p.integer("n_estimators", 100);
        int depth = p.integer("max_depth", 3);
        if (rounds < 1 || depth < 1) {
            throw new IllegalArgumentException(name() + ": n_estimators and max_depth must be at least 1");
        }
        double eta = p.positive("learning_rate", 0.1);
        double subsample = p.positive("subsample", 1.0);
        return new Trainer() {
            @Override
            public Predictor fit(FeatureMatrix x, int[] y, int classes, long seed, int threads, Progress progress) {
                Map<String, Object> xp = new HashMap<>();
                xp.put("objective", "multi:softprob");
                xp.put("num_class", classes);
                xp.put("tree_method", "hist");
                xp.put("max_bin", MAX_BIN);
                xp.put("max_cached_hist_node", cachedNodes(depth, x.cols()));
                xp.put("max_depth", depth);
                xp.put("eta", eta);
                xp.put("subsample", subsample);
                xp.put("nthread", threads);
                xp.put("seed", seed);
                xp.put("verbosity", 0);
                DMatrix train = null;
                Booster booster = null;
                try {
                    train = matrix(x);
                    float[] labels = new float[y.length];
                    for (int i = 0; i < y.length; i++) {
                        labels[i] = y[i];
                    }
                    train.setLabel(labels);
                    booster = XGBoost.train(train, xp, 0, Map.of(), null, null);
                    for (int round = 0; round < rounds; round++) {
                        booster.update(train, round);
                        progress.step(round + 1, rounds, "round " + (round + 1) + " of " + rounds);
                    }
                    Model model = new Model(booster);
                    booster = null;
                    return model;
                } catch (XGBoostError e) {
                    throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
                } finally {
                    if (booster != null) {
                        booster.dispose();
                    }
                    if (train != null) {
                        train.dispose();
                    }
                }
            }

            @Override
            public long memoryEstimate(int rows, int cols) {
                return 12L * rows * cols + 64L * rows * 10 + (64L << 20)
                        + cachedNodes(depth, cols) * histogramBytes(cols);
            }
        };
    }

    /**
     * The nodes whose histograms XGBoost may keep: every node of a tree of {@code depth}, up to
     * {@link #HISTOGRAM_CACHE_BYTES}.
     */
    static int cachedNodes(int depth, int cols) {
        long nodes = depth >= 30 ? Long.MAX_VALUE : (1L << (depth + 1)) - 1;
        return (int) Math.max(1, Math.min(nodes, HISTOGRAM_CACHE_BYTES / histogramBytes(cols)));
    }

    private static long histogramBytes(int cols) {
        return (long) Math.max(1, cols) * MAX_BIN * BIN_BYTES;
    }

    private static DMatrix matrix(FeatureMatrix x) throws XGBoostError {
        return new DMatrix(x.data(), x.rows(), x.cols(), Float.NaN);
    }

    /**
     * A fitted booster; predicts the class of highest probability. Closing it frees the booster's native memory (its
     * trees and histogram cache), which the garbage collector, seeing only a small Java object, may not reclaim
     * before the next job's booster fills the machine.
     */
    private static final class Model implements Predictor {
        private Booster booster;

        Model(Booster booster) {
            this.booster = booster;
        }

        @Override
        public synchronized void close() {
            if (booster != null) {
                booster.dispose();
                booster = null;
            }
        }

        @Override
        public synchronized int[] predict(FeatureMatrix x, int threads) {
            if (booster == null) {
                throw new IllegalStateException("this gradient-boosting model was closed");
            }
            try {
                booster.setParam("nthread", threads);
                DMatrix m = matrix(x);
                float[][] proba;
                try {
                    proba = booster.predict(m);
                } finally {
                    m.dispose();
                }
                int[] out = new int[proba.length];
                for (int i = 0; i < proba.length; i++) {
                    int best = 0;
                    for (int c = 1; c < proba[i].length; c++) {
                        if (proba[i][c] > proba[i][best]) {
                            best = c;
                        }
                    }
                    out[i] = best;
                }
                return out;
            } catch (XGBoostError e) {
                throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
            }
        }
    }
}
