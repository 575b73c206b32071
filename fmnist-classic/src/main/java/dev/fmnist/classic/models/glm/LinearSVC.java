package dev.fmnist.classic.models.glm;

import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.estimator.Params;
import dev.fmnist.classic.models.linear.LinearModel;
import dev.fmnist.data.progress.Progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Linear support vector machines as scikit-learn's {@code LinearSVC}, with LIBLINEAR's algorithms on the float
 * rows: L2 penalty with hinge or squared hinge loss by dual coordinate descent ({@link DualSvmSolver}), L1 penalty
 * with squared hinge by primal coordinate descent ({@link L1SquaredHingeSolver}), or Crammer-Singer's multi-class
 * formulation ({@link CrammerSingerSolver}).
 */
public final class LinearSVC implements Family {
    @Override
    public String name() {
        return "LinearSVC";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("loss", List.of("hinge", "squared_hinge"), "default squared_hinge"),
                new ParameterSpec("penalty", List.of("l1", "l2"), "default l2; l1 needs squared_hinge"),
                new ParameterSpec("C", List.of(), "inverse regularization strength (default 1)"),
                new ParameterSpec("multi_class", List.of("ovr", "crammer_singer"),
                        "default ovr; crammer_singer ignores loss, penalty and max_iter, as scikit-learn does"),
                new ParameterSpec("tol", List.of(), "stopping tolerance (default 1e-4)"),
                new ParameterSpec("max_iter", List.of(), "passes over the data at most, one-vs-rest (default 1000)"));
    }

    /** Crammer-Singer's configurations without the parameters it ignores ({@link CrammerSinger}). */
    @Override
    public Map<String, Object> effectiveParameters(Map<String, Object> params) {
        if (!"crammer_singer".equals(params.get("multi_class"))) {
            return params;
        }
        Map<String, Object> used = new LinkedHashMap<>(params);
        used.keySet().removeAll(List.of("loss", "penalty", "max_iter"));
        return used;
    }

    /** LIBLINEAR's default cap on Crammer-Singer's passes, which scikit-learn keeps whatever its max_iter. */
    static final int CRAMMER_SINGER_MAX_PASSES = 100_000;

    @Override
    public Trainer trainer(Map<String, Object> params) {
        Params p = new Params(this, params);
        String loss = p.choice("loss", "squared_hinge");
        String penalty = p.choice("penalty", "l2");
        String multi = p.choice("multi_class", "ovr");
        double c = p.positive("C", 1.0);
        double tol = p.positive("tol", 1e-4);
        int maxIter = p.integer("max_iter", 1000);
        if (multi.equals("crammer_singer")) {
            return new CrammerSinger(c, tol);
        }
        if (penalty.equals("l2")) {
            boolean squared = loss.equals("squared_hinge");
            return new OneVsRest(x -> new DualSvmSolver(x, squared, c, tol, maxIter), false);
        }
        if (loss.equals("hinge")) {
            throw new IllegalArgumentException(name() + ": penalty l1 with loss hinge is not supported"
                    + " (neither by LIBLINEAR nor scikit-learn); use loss squared_hinge");
        }
        return new OneVsRest(x -> new L1SquaredHingeSolver(FeatureColumns.of(x), c, tol, maxIter), true);
    }

    /**
     * One multi-class problem. Crammer-Singer ignores {@code loss}, {@code penalty} and {@code max_iter}, as
     * scikit-learn does: its LIBLINEAR builds this solver without {@code max_iter}, so LIBLINEAR's own cap of
     * {@value #CRAMMER_SINGER_MAX_PASSES} passes applies (on all of Fashion-MNIST at C=1 the solver reaches it, at a
     * largest gap of 0.03, in about half an hour).
     */
    private record CrammerSinger(double c, double tol) implements Trainer {
        @Override
        public Predictor fit(FeatureMatrix x, int[] y, int classes, long seed, int threads, Progress progress) {
            double[][] w = new CrammerSingerSolver(x, c, tol, CRAMMER_SINGER_MAX_PASSES)
                    .solve(y, classes, new SplittableRandom(seed), progress);
            return new LinearModel(w);
        }

        @Override
        public long memoryEstimate(int rows, int cols) {
            return 16L * rows * 10 + 8L * rows + (16L << 20);
        }
    }
}
