package dev.fmnist.classic.models.tree;

import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.estimator.Params;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the three tree families share: criterion, depth and features per split. */
abstract class TreeFamily implements Family {
    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> specs = new ArrayList<>(List.of(
                new ParameterSpec("criterion", List.of("gini", "entropy", "log_loss"), "impurity to minimize (default gini)"),
                new ParameterSpec("max_depth", List.of(), "deepest leaf (default unlimited)"),
                new ParameterSpec("max_features", List.of(), "features tried per split: a number, sqrt, log2 or none (all)")));
        specs.addAll(ownParameters());
        return specs;
    }

    @Override
    public Trainer trainer(Map<String, Object> params) {
        Params p = new Params(this, params);
        TreeSettings.Criterion criterion = TreeSettings.Criterion.named(p.choice("criterion", "gini"));
        int depth = params.get("max_depth") == null ? Integer.MAX_VALUE : p.integer("max_depth", 0);
        if (depth < 1) {
            throw new IllegalArgumentException(name() + ": max_depth must be at least 1, not " + depth);
        }
        Object mf = params.get("max_features");
        boolean numeric = mf instanceof Number;
        String rule = numeric ? null : p.string("max_features", defaultMaxFeatures());
        int fixed = numeric ? p.integer("max_features", 0) : -1;
        if (numeric && fixed < 1) {
            throw new IllegalArgumentException(name() + ": max_features must be at least 1, not " + fixed);
        }
        if (!numeric) {
            maxFeatures(rule, 784);
        }
        return trainer(p, criterion, depth, cols -> numeric ? Math.min(fixed, cols) : maxFeatures(rule, cols));
    }

    /** The family's own parameters. */
    abstract List<ParameterSpec> ownParameters();

    /** scikit-learn's default of {@code max_features} for this family. */
    abstract String defaultMaxFeatures();

    /** The trainer of one configuration. */
    abstract Trainer trainer(Params p, TreeSettings.Criterion criterion, int maxDepth, FeatureRule maxFeatures);

    private int maxFeatures(String rule, int cols) {
        return switch (rule) {
            case "none", "None" -> 0;
            case "sqrt", "auto" -> Math.max(1, (int) Math.sqrt(cols));
            case "log2" -> Math.max(1, (int) (Math.log(cols) / Math.log(2)));
            default -> throw new IllegalArgumentException(name() + ": max_features " + rule
                    + " is not a number, sqrt, log2 or none");
        };
    }

    /** Features tried per split for a given feature count (0: all). */
    @FunctionalInterface
    interface FeatureRule {
        int count(int cols);
    }
}
