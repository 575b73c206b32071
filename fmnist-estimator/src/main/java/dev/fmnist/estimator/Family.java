package dev.fmnist.estimator;

import java.util.List;
import java.util.Map;

/**
 * One classifier family of the benchmark grid, named as in the original scikit-learn benchmark
 * (for example {@code SVC}, {@code LogisticRegression}).
 */
public interface Family {
    /** The original's class name, the key in the grid file. */
    String name();

    /** The parameters this family accepts, with the values or kinds allowed, for validating grid files. */
    List<ParameterSpec> parameters();

    /**
     * A trainer for one configuration.
     *
     * @param params validated parameter values (strings, numbers, booleans or lists, as in the grid JSON)
     */
    Trainer trainer(Map<String, Object> params);

    /**
     * Where the implementation comes from, for the results file: e.g. {@code xgboost4j 2.1.4}; {@code fmnist} (the
     * default) for our own.
     */
    default String library() {
        return "fmnist";
    }

    /**
     * The parameters of a configuration that decide what is trained: those the family ignores in this combination
     * left out (LinearSVC's {@code crammer_singer} ignores {@code loss}, {@code penalty} and {@code max_iter}).
     * Configurations with the same effective parameters must train the same model: a benchmark runs one of them and
     * records its result for the others, so leaving out a parameter that matters records wrong results. The cost
     * model compares configurations by these too. By default all of them.
     */
    default Map<String, Object> effectiveParameters(Map<String, Object> params) {
        return params;
    }
}
