package dev.fmnist.classic.models.linear;

import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Params;

import java.util.List;

/**
 * Passive-aggressive PA-I (Crammer et al. 2006) as scikit-learn's {@code PassiveAggressiveClassifier}: on a sample
 * with hinge loss {@code l}, step {@code min(C, l / |x|^2)} toward it; one-vs-rest.
 */
public final class PassiveAggressiveClassifier extends SgdFamily {
    @Override
    public String name() {
        return "PassiveAggressiveClassifier";
    }

    @Override
    List<ParameterSpec> ownParameters() {
        return List.of(new ParameterSpec("C", List.of(), "largest step (aggressiveness), default 1"));
    }

    @Override
    SgdSettings settings(Params p, int maxEpochs, double tol, int patience) {
        return new SgdSettings(Loss.HINGE, Penalty.NONE, 0, 0, SgdSettings.Schedule.PA1, 1.0, p.positive("C", 1.0),
                maxEpochs, tol, patience);
    }
}
