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
 * split candidates of an exhaustive search.
 */
public final class GradientBoostingClassifier implements Family {
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
                xp.put("max_bin", 256);
                xp.put("max_depth", depth);
                xp.put("eta", eta);
                xp.put("subsample", subsample);
                xp.put("nthread", threads);
                xp.put("seed", seed);
                xp.put("verbosity", 0);
                try {
                    DMatrix train = matrix(x);
                    float[] labels = new float[y.length];
                    for (int i = 0; i < y.length; i++) {
                        labels[i] = y[i];
                    }
                    train.setLabel(labels);
                    Booster booster = XGBoost.train(train, xp, 0, Map.of(), null, null);
                    for (int round = 0; round < rounds; round++) {
                        booster.update(train, round);
                        progress.step(round + 1, rounds, "round " + (round + 1) + " of " + rounds);
                    }
                    train.dispose();
                    return new Model(booster);
                } catch (XGBoostError e) {
                    throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
                }
            }

            @Override
            public long memoryEstimate(int rows, int cols) {
                return 12L * rows * cols + 64L * rows * 10 + (64L << 20);
            }
        };
    }

    private static DMatrix matrix(FeatureMatrix x) throws XGBoostError {
        return new DMatrix(x.data(), x.rows(), x.cols(), Float.NaN);
    }

    /** A fitted booster; predicts the class of highest probability. */
    private record Model(Booster booster) implements Predictor {
        @Override
        public int[] predict(FeatureMatrix x, int threads) {
            try {
                booster.setParam("nthread", threads);
                DMatrix m = matrix(x);
                float[][] proba = booster.predict(m);
                m.dispose();
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
