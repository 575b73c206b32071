package dev.fmnist.classic.models.tree;

import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.estimator.Params;

import java.util.List;

/** One CART tree as scikit-learn's {@code DecisionTreeClassifier}: every feature tried at every split. */
public final class DecisionTreeClassifier extends TreeFamily {
    static final List<Object> SPLITTERS = List.of("best", "random");

    @Override
    public String name() {
        return "DecisionTreeClassifier";
    }

    @Override
    List<ParameterSpec> ownParameters() {
        return List.of(new ParameterSpec("splitter", SPLITTERS,
                "best: the best threshold of each feature tried; random: one random threshold per feature (default best)"));
    }

    @Override
    String defaultMaxFeatures() {
        return "none";
    }

    @Override
    Trainer trainer(Params p, TreeSettings.Criterion criterion, int maxDepth, FeatureRule maxFeatures) {
        boolean random = p.choice("splitter", "best").equals("random");
        return new ForestTrainer(new TreeSettings(criterion, random, maxDepth, maxFeatures), 1, false);
    }
}
