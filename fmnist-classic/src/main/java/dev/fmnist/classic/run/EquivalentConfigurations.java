package dev.fmnist.classic.run;

import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.estimator.FamilyRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configurations of a run that train the same model, and where each one's result comes from. A family ignores
 * some parameters in some combinations (LinearSVC's {@code crammer_singer} ignores {@code loss}, {@code penalty} and
 * {@code max_iter}), so the configurations that differ only there ({@link Configuration#effective}) are one
 * experiment: on each dataset it runs once, and the others record its result, naming it in {@code same_as}. The
 * original's grid has twelve Crammer-Singer configurations and so three experiments.
 */
final class EquivalentConfigurations {
    /** The recorded results a run resumes from. */
    interface Results {
        Optional<ResultRecord> result(String dataset, Configuration c);
    }

    private final Map<String, List<Configuration>> groupOf = new HashMap<>();
    private final Results results;
    private final int repeats;
    private final Long timeLimitSeconds;

    /**
     * @param configurations the run's configurations, in the grid's order
     * @param results        what the results directory holds
     * @param repeats        the repeats asked for, and the time limit, which decide whether a result stands
     */
    EquivalentConfigurations(List<Configuration> configurations, FamilyRegistry families, Results results,
                             int repeats, Long timeLimitSeconds) {
        Map<String, List<Configuration>> groups = new HashMap<>();
        for (Configuration c : configurations) {
            List<Configuration> group = groups.computeIfAbsent(c.effective(families).key(), k -> new ArrayList<>());
            group.add(c);
            groupOf.put(c.key(), group);
        }
        this.results = results;
        this.repeats = repeats;
        this.timeLimitSeconds = timeLimitSeconds;
    }

    /**
     * Whether {@code c}'s recorded result on the dataset stands, so that a run leaves it as it is
     * ({@link BenchmarkRunner#stands}); a line that records another configuration's result stands only while that
     * configuration's line is still the one it copied (a run of that one alone may have replaced it since).
     */
    boolean stands(Configuration c, String dataset) {
        Optional<ResultRecord> recorded = results.result(dataset, c);
        if (recorded.isEmpty() || !BenchmarkRunner.stands(recorded.get(), repeats, timeLimitSeconds)) {
            return false;
        }
        String from = recorded.get().sameAs();
        if (from == null) {
            return true;
        }
        Optional<ResultRecord> source = groupOf.get(c.key()).stream().filter(m -> m.key().equals(from)).findFirst()
                .flatMap(m -> results.result(dataset, m));
        return source.isEmpty() || recorded.get().sameFiguresAs(source.get());
    }

    /**
     * Where {@code c}'s result on the dataset comes from, when its own does not stand: the first configuration of
     * its group whose result stands there, else the group's first in the grid's order, which runs; {@code c} itself
     * when that is {@code c}.
     */
    Configuration source(Configuration c, String dataset) {
        List<Configuration> group = groupOf.get(c.key());
        for (Configuration m : group) {
            if (!m.key().equals(c.key()) && stands(m, dataset)) {
                return m;
            }
        }
        return group.get(0);
    }
}
