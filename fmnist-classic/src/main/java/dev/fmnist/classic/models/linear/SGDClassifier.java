package dev.fmnist.classic.models.linear;

import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Params;

import java.util.List;

/**
 * Linear models fitted by SGD as scikit-learn's {@code SGDClassifier}: a loss, a penalty of strength
 * {@code alpha = 1e-4}, the {@code optimal} step schedule {@code 1 / (alpha (t0 + t))}, one-vs-rest.
 */
public final class SGDClassifier extends SgdFamily {
    @Override
    public String name() {
        return "SGDClassifier";
    }

    @Override
    List<ParameterSpec> ownParameters() {
        return List.of(
                new ParameterSpec("loss", List.of("hinge", "squared_hinge", "perceptron", "log", "log_loss", "modified_huber"),
                        "binary loss (default hinge); log is scikit-learn's old name of log_loss"),
                new ParameterSpec("penalty", PENALTIES, "weight penalty (default l2)"),
                new ParameterSpec("alpha", List.of(), "penalty strength, also sets the step schedule (default 1e-4)"),
                new ParameterSpec("l1_ratio", List.of(), "L1 share of the elastic net (default 0.15)"));
    }

    @Override
    SgdSettings settings(Params p, int maxEpochs, double tol, int patience) {
        return new SgdSettings(Loss.named(p.choice("loss", "hinge")), Penalty.named(p.choice("penalty", "l2")),
                p.positive("alpha", 1e-4), p.number("l1_ratio", 0.15), SgdSettings.Schedule.OPTIMAL, 1.0, 0,
                maxEpochs, tol, patience);
    }
}
