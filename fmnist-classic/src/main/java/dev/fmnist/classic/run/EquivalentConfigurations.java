package dev.fmnist.classic.run;

import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.estimator.FamilyRegistry;
import java.util.HashMap;
import java.util.Map;

/**
 * The configurations of a run that train the same model. A family ignores some parameters in some combinations
 * (LinearSVC's {@code crammer_singer} ignores {@code loss}, {@code penalty} and {@code max_iter}), so the
 * configurations that differ only there are one experiment: the first of them in the grid's order runs it, and the
 * others record its result, naming it in {@code same_as}. The original's grid has twelve Crammer-Singer
 * configurations and so three experiments.
 */
final class EquivalentConfigurations {
    private final FamilyRegistry families;
    private final Map<String, Configuration> first = new HashMap<>();

    EquivalentConfigurations(FamilyRegistry families) {
        this.families = families;
    }

    /**
     * The configuration that runs {@code c}'s experiment: the first one asked about with the same effective
     * configuration ({@link Configuration#effective}), {@code c} itself when it is the first. Ask in the grid's
     * order.
     */
    Configuration runner(Configuration c) {
        return first.computeIfAbsent(c.effective(families).key(), k -> c);
    }
}
