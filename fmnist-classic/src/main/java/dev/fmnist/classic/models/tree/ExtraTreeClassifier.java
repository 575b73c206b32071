package dev.fmnist.classic.models.tree;

import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.estimator.Params;

import java.util.List;

/**
 * One extremely randomized tree as scikit-learn's {@code ExtraTreeClassifier}: by default a random threshold on
 * each of sqrt(features) random features per split, the best of those taken.
 */
public final class ExtraTreeClassifier extends TreeFamily {
    @Override
    public String name() {
        return "ExtraTreeClassifier";
    }

    @Override
    List<ParameterSpec> ownParameters() {
        return List.of(new ParameterSpec("splitter", DecisionTreeClassifier.SPLITTERS,
                "random: one random threshold per feature tried (default); best: the best threshold"));
    }

    @Override
    String defaultMaxFeatures() {
        return "sqrt";
    }

    @Override
    Trainer trainer(Params p, TreeSettings.Criterion criterion, int maxDepth, FeatureRule maxFeatures) {
        boolean random = p.choice("splitter", "random").equals("random");
        return new ForestTrainer(new TreeSettings(criterion, random, maxDepth, maxFeatures), 1, false);
    }
}
