package dev.fmnist.classic.models.glm;

import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.estimator.Params;

import java.util.List;
import java.util.Map;

/**
 * Logistic regression as scikit-learn's {@code LogisticRegression}. One-vs-rest ({@code multi_class=ovr}) solves
 * the problems of the liblinear solver (the default when the benchmark was published), {@code C} weighting the data
 * term and the bias penalized: L1 by newGLMNET ({@link L1LogisticSolver}), L2 by L-BFGS ({@link L2LogisticSolver}).
 * {@code multi_class=multinomial} is the softmax model of scikit-learn's lbfgs solver ({@link SoftmaxRegression}),
 * L2 only, as there.
 */
public final class LogisticRegression implements Family {
    @Override
    public String name() {
        return "LogisticRegression";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("penalty", List.of("l1", "l2"), "default l2; multinomial needs l2"),
                new ParameterSpec("C", List.of(), "inverse regularization strength (default 1)"),
                new ParameterSpec("multi_class", List.of("ovr", "multinomial"),
                        "default ovr: one binary problem per class (liblinear's); multinomial: one softmax problem"),
                new ParameterSpec("tol", List.of(), "stopping tolerance (default 1e-4)"),
                new ParameterSpec("max_iter", List.of(), "iterations at most (default 100)"));
    }

    @Override
    public Trainer trainer(Map<String, Object> params) {
        Params p = new Params(this, params);
        String penalty = p.choice("penalty", "l2");
        String multi = p.choice("multi_class", "ovr");
        double c = p.positive("C", 1.0);
        double tol = p.positive("tol", 1e-4);
        int maxIter = p.integer("max_iter", 100);
        if (multi.equals("multinomial")) {
            if (penalty.equals("l1")) {
                throw new IllegalArgumentException(name() + ": multi_class multinomial with penalty l1 is not"
                        + " offered: scikit-learn's lbfgs solver refuses it, and its liblinear solver refuses"
                        + " multinomial; use penalty l2 or multi_class ovr");
            }
            return new SoftmaxRegression(c, tol, maxIter);
        }
        if (penalty.equals("l1")) {
            return new OneVsRest(x -> new L1LogisticSolver(FeatureColumns.of(x), c, tol, maxIter), true);
        }
        return new OneVsRest(x -> new L2LogisticSolver(x, c, tol, maxIter), false);
    }
}
