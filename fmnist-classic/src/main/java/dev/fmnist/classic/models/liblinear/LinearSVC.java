package dev.fmnist.classic.models.liblinear;

import de.bwaldvogel.liblinear.SolverType;
import dev.fmnist.classic.family.Family;
import dev.fmnist.classic.family.ParameterSpec;
import dev.fmnist.classic.family.Trainer;
import dev.fmnist.classic.models.Params;

import java.util.List;
import java.util.Map;

/**
 * Linear support vector machines as scikit-learn's {@code LinearSVC}, on the same LIBLINEAR solvers: L2 penalty
 * with hinge or squared hinge loss in the dual, L1 penalty with squared hinge in the primal, or Crammer-Singer's
 * multi-class formulation.
 */
public final class LinearSVC implements Family {
    @Override
    public String name() {
        return "LinearSVC";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("loss", List.of("hinge", "squared_hinge"), "default squared_hinge"),
                new ParameterSpec("penalty", List.of("l1", "l2"), "default l2; l1 needs squared_hinge"),
                new ParameterSpec("C", List.of(), "inverse regularization strength (default 1)"),
                new ParameterSpec("multi_class", List.of("ovr", "crammer_singer"), "default ovr"),
                new ParameterSpec("tol", List.of(), "LIBLINEAR stopping tolerance (default 1e-4)"),
                new ParameterSpec("max_iter", List.of(), "LIBLINEAR iterations at most (default 1000)"));
    }

    @Override
    public String library() {
        return "liblinear-java 2.44";
    }

    @Override
    public Trainer trainer(Map<String, Object> params) {
        Params p = new Params(name(), params);
        String loss = p.choice("loss", "squared_hinge", List.of("hinge", "squared_hinge"));
        String penalty = p.choice("penalty", "l2", List.of("l1", "l2"));
        String multi = p.choice("multi_class", "ovr", List.of("ovr", "crammer_singer"));
        SolverType solver;
        if (multi.equals("crammer_singer")) {
            solver = SolverType.MCSVM_CS;
        } else if (penalty.equals("l2")) {
            solver = loss.equals("hinge") ? SolverType.L2R_L1LOSS_SVC_DUAL : SolverType.L2R_L2LOSS_SVC_DUAL;
        } else if (loss.equals("squared_hinge")) {
            solver = SolverType.L1R_L2LOSS_SVC;
        } else {
            throw new IllegalArgumentException(name() + ": penalty l1 with loss hinge is not supported"
                    + " (neither by LIBLINEAR nor scikit-learn); use loss squared_hinge");
        }
        return new LiblinearTrainer(solver, p.positive("C", 1.0), p.positive("tol", 1e-4), p.integer("max_iter", 1000));
    }
}
