package dev.fmnist.classic.models.tree;

import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.estimator.Params;

import java.util.List;

/**
 * Breiman's random forest as scikit-learn's {@code RandomForestClassifier}: {@code n_estimators} CART trees, each
 * on a bootstrap sample, sqrt(features) random features tried per split; the trees' class distributions averaged.
 */
public final class RandomForestClassifier extends TreeFamily {
    @Override
    public String name() {
        return "RandomForestClassifier";
    }

    @Override
    List<ParameterSpec> ownParameters() {
        return List.of(
                new ParameterSpec("n_estimators", List.of(), "number of trees (default 100)"),
                new ParameterSpec("bootstrap", List.of(true, false), "each tree on a bootstrap sample (default true)"));
    }

    @Override
    String defaultMaxFeatures() {
        return "sqrt";
    }

    @Override
    Trainer trainer(Params p, TreeSettings.Criterion criterion, int maxDepth, FeatureRule maxFeatures) {
        int trees = p.integer("n_estimators", 100);
        if (trees < 1) {
            throw new IllegalArgumentException(name() + ": n_estimators must be at least 1, not " + trees);
        }
        return new ForestTrainer(new TreeSettings(criterion, false, maxDepth, maxFeatures), trees, p.flag("bootstrap", true));
    }
}
