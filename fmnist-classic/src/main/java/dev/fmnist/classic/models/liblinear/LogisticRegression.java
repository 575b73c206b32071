package dev.fmnist.classic.models.liblinear;

import de.bwaldvogel.liblinear.SolverType;
import dev.fmnist.classic.family.Family;
import dev.fmnist.classic.family.ParameterSpec;
import dev.fmnist.classic.family.Trainer;
import dev.fmnist.classic.models.Params;

import java.util.List;
import java.util.Map;

/**
 * Logistic regression as scikit-learn's {@code LogisticRegression} with its {@code liblinear} solver (the default
 * when the benchmark was published): one-vs-rest, L1 (coordinate descent, newGLMNET) or L2 (trust-region Newton)
 * penalty, {@code C} weighting the data term.
 */
public final class LogisticRegression implements Family {
    @Override
    public String name() {
        return "LogisticRegression";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("penalty", List.of("l1", "l2"), "default l2"),
                new ParameterSpec("C", List.of(), "inverse regularization strength (default 1)"),
                new ParameterSpec("multi_class", List.of("ovr", "multinomial"),
                        "ovr (one-vs-rest); multinomial is in the grid but not offered: trainer() rejects it"),
                new ParameterSpec("tol", List.of(), "LIBLINEAR stopping tolerance (default 1e-4)"),
                new ParameterSpec("max_iter", List.of(), "LIBLINEAR iterations at most (default 100)"));
    }

    @Override
    public String library() {
        return "liblinear-java 2.44";
    }

    @Override
    public Trainer trainer(Map<String, Object> params) {
        Params p = new Params(name(), params);
        String penalty = p.choice("penalty", "l2", List.of("l1", "l2"));
        if (!p.string("multi_class", "ovr").equals("ovr")) {
            throw new IllegalArgumentException(name() + ": multi_class " + params.get("multi_class")
                    + " is not offered: LIBLINEAR solves one-vs-rest (ovr) problems only, and the original benchmark's"
                    + " scikit-learn 0.19 refused multinomial with this solver too");
        }
        SolverType solver = penalty.equals("l1") ? SolverType.L1R_LR : SolverType.L2R_LR;
        return new LiblinearTrainer(solver, p.positive("C", 1.0), p.positive("tol", 1e-4), p.integer("max_iter", 100));
    }
}
