package dev.fmnist.classic.models.neighbors;

import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.estimator.Params;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * k-nearest neighbours as scikit-learn's {@code KNeighborsClassifier} with brute-force search (what scikit-learn
 * picks itself for 784 dense features): fitting keeps the training rows, predicting compares each query with all.
 */
public final class KNeighborsClassifier implements Family {
    @Override
    public String name() {
        return "KNeighborsClassifier";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("n_neighbors", List.of(), "neighbours that vote (default 5)"),
                new ParameterSpec("weights", List.of("uniform", "distance"), "equal votes, or votes weighted by 1/distance (default uniform)"),
                new ParameterSpec("p", List.of(), "power of the Minkowski distance: 1 Manhattan, 2 Euclidean (default 2)"));
    }

    /** One neighbour decides alone, however its vote is weighted: {@code weights} does not matter there. */
    @Override
    public Map<String, Object> effectiveParameters(Map<String, Object> params) {
        if (!(params.get("n_neighbors") instanceof Number k) || k.doubleValue() != 1) {
            return params;
        }
        Map<String, Object> used = new LinkedHashMap<>(params);
        used.remove("weights");
        return used;
    }

    @Override
    public Trainer trainer(Map<String, Object> params) {
        Params p = new Params(this, params);
        int k = p.integer("n_neighbors", 5);
        if (k < 1) {
            throw new IllegalArgumentException(name() + ": n_neighbors must be at least 1, not " + k);
        }
        boolean byDistance = p.choice("weights", "uniform").equals("distance");
        double power = p.number("p", 2);
        if (!(power >= 1)) {
            throw new IllegalArgumentException(name() + ": p must be at least 1, not " + power);
        }
        return new Trainer() {
            @Override
            public dev.fmnist.estimator.Predictor fit(dev.fmnist.estimator.FeatureMatrix x, int[] y,
                                                           int classes, long seed, int threads,
                                                           dev.fmnist.data.progress.Progress progress) {
                return new NearestNeighbors(x, y, classes, k, byDistance, power);
            }

            @Override
            public long memoryEstimate(int rows, int cols) {
                return 4L * (rows + BlockedDistances.BLOCK) * cols + 8L * rows + (4L << 20);
            }
        };
    }
}
