package dev.fmnist.classic.models.linear;

import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.estimator.Params;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the three plain-SGD families share: the stopping parameters and the one-vs-rest trainer. */
abstract class SgdFamily implements Family {
    static final List<Object> PENALTIES = List.of("l1", "l2", "elasticnet", "none");

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> specs = new ArrayList<>(ownParameters());
        specs.add(new ParameterSpec("max_iter", List.of(), "passes over the training data at most (default 1000)"));
        specs.add(new ParameterSpec("tol", List.of(), "stop when the epoch loss improves by less than tol * n (default 1e-3)"));
        specs.add(new ParameterSpec("n_iter_no_change", List.of(), "... for this many epochs in a row (default 5)"));
        return specs;
    }

    @Override
    public Trainer trainer(Map<String, Object> params) {
        Params p = new Params(this, params);
        return new OneVsRestSgd(settings(p, p.integer("max_iter", 1000), p.number("tol", 1e-3),
                p.integer("n_iter_no_change", 5)));
    }

    /** The family's own parameters, before the shared stopping parameters. */
    abstract List<ParameterSpec> ownParameters();

    /** The SGD settings of one configuration. */
    abstract SgdSettings settings(Params p, int maxEpochs, double tol, int patience);
}
