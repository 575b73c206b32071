package dev.fmnist.classic.models.linear;

import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Params;

import java.util.List;

/**
 * Rosenblatt's perceptron as scikit-learn's {@code Perceptron}: SGD on {@code max(0, -y w.x)} with a constant step
 * {@code eta0 = 1}, an optional penalty of strength {@code alpha = 1e-4}, one-vs-rest.
 */
public final class Perceptron extends SgdFamily {
    @Override
    public String name() {
        return "Perceptron";
    }

    @Override
    List<ParameterSpec> ownParameters() {
        return List.of(
                new ParameterSpec("penalty", PENALTIES, "weight penalty (default none)"),
                new ParameterSpec("alpha", List.of(), "penalty strength (default 1e-4)"),
                new ParameterSpec("l1_ratio", List.of(), "L1 share of the elastic net (default 0.15)"),
                new ParameterSpec("eta0", List.of(), "constant step size (default 1)"));
    }

    @Override
    SgdSettings settings(Params p, int maxEpochs, double tol, int patience) {
        return new SgdSettings(Loss.PERCEPTRON, Penalty.named(p.choice("penalty", "none")), p.number("alpha", 1e-4),
                p.number("l1_ratio", 0.15), SgdSettings.Schedule.CONSTANT, p.positive("eta0", 1.0), 0,
                maxEpochs, tol, patience);
    }
}
