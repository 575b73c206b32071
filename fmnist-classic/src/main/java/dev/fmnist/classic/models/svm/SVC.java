package dev.fmnist.classic.models.svm;

import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.estimator.Params;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Kernel support vector machines as scikit-learn's {@code SVC}: LIBSVM's C-SVC problem and algorithm (SMO with
 * second-order working set selection and shrinking, {@link SmoSolver}), one-vs-one for several classes with
 * LIBSVM's vote, kernels linear, rbf, poly and sigmoid; our own solver on dense float rows (docs/decisions.md).
 */
public final class SVC implements Family {
    @Override
    public String name() {
        return "SVC";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("C", List.of(), "penalty of margin violations (default 1)"),
                new ParameterSpec("kernel", List.of("linear", "rbf", "poly", "sigmoid"), "default rbf"),
                new ParameterSpec("gamma", List.of(), "kernel coefficient: scale (1 / (features x variance), default), auto (1 / features) or a number"),
                new ParameterSpec("degree", List.of(), "degree of the poly kernel (default 3)"),
                new ParameterSpec("coef0", List.of(), "constant of the poly and sigmoid kernels (default 0)"),
                new ParameterSpec("tol", List.of(), "SMO stopping tolerance (default 1e-3)"));
    }

    @Override
    public Trainer trainer(Map<String, Object> params) {
        Params p = new Params(this, params);
        double c = p.positive("C", 1.0);
        String kernel = p.choice("kernel", "rbf");
        SvcTrainer.GammaRule gamma = params.get("gamma") instanceof Number
                ? new SvcTrainer.GammaRule("fixed", p.positive("gamma", 1))
                : new SvcTrainer.GammaRule(gammaRule(p.string("gamma", "scale")), 0);
        int degree = p.integer("degree", 3);
        if (degree < 0) {
            throw new IllegalArgumentException("SVC: parameter degree = " + degree + " must be 0 or more");
        }
        double coef0 = p.number("coef0", 0);
        double tol = p.positive("tol", 1e-3);
        return new SvcTrainer(Kernel.Type.valueOf(kernel.toUpperCase(Locale.ROOT)), gamma, degree, coef0, c, tol);
    }

    /** The named rules of gamma; a number is the other kind of value its open-ended specification allows. */
    private static String gammaRule(String name) {
        if (!name.equals("scale") && !name.equals("auto")) {
            throw new IllegalArgumentException("SVC: parameter gamma = " + name + " must be scale, auto or a positive "
                    + "number");
        }
        return name;
    }
}
