package dev.fmnist.classic.quick;

import dev.fmnist.classic.cost.CostModel;
import dev.fmnist.classic.cost.KnownAccuracies;
import dev.fmnist.classic.cost.ReferenceResults;
import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.grid.Grid;
import dev.fmnist.classic.grid.GridReader;
import dev.fmnist.classic.grid.PublishedResults;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.data.progress.ConsoleProgress;
import dev.fmnist.estimator.FamilyRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The quick grid: one configuration of the original grid per family, each family's time capped. The built-in
 * {@code quick.json} names the families and gives each one its allowance, a configuration of the original grid whose
 * estimated time is the most that family may take. Of the family's configurations in the original grid estimated to
 * take no longer, the quick grid runs the one known to reach the family's published best accuracy (on the first
 * dataset) soonest, the allowance unless another is clearly sooner ({@link #CLEARLY_SOONER}); when none is known to
 * reach it, the allowance itself. Times are the cost model's, accuracies
 * those known from this machine's results, the shipped reference results and the built-in figures, so the choice
 * improves as results arrive. Families run longest first, so that the short ones fill the other cores at the end.
 */
public final class QuickGrid {
    /**
     * How much sooner than the configuration chosen so far another one, both known to reach the published best, must
     * be estimated to take over: a tenth, so that the noise of timings never swaps one configuration for its twin.
     */
    static final double CLEARLY_SOONER = 0.1;

    private QuickGrid() {
    }

    /**
     * What one family runs, and why.
     *
     * @param configuration what runs
     * @param allowance     the family's allowance in {@code quick.json}
     * @param known         the accuracy {@code configuration} is known to reach, or null when none is known
     * @param published     the family's published best accuracy on the dataset, or null when none is published
     * @param cpuSeconds    the cost model's CPU seconds for one repeat of {@code configuration}
     */
    public record Choice(Configuration configuration, Configuration allowance, KnownAccuracies.Known known,
                         Double published, double cpuSeconds) {
        /** Whether {@code configuration} is known to reach the family's published best. */
        public boolean reachesPublished() {
            return known != null && published != null && known.accuracy() >= published;
        }

        /** One line for the user: what the family runs, what it is known to reach, and how long it takes. */
        public String describe() {
            String what = configuration.family() + ": " + configuration.parameterText();
            String reach = known == null ? "accuracy not yet known"
                    : String.format(Locale.ROOT, "%.4f (%s)", known.accuracy(), known.source());
            String target = published == null ? "no published figure"
                    : String.format(Locale.ROOT, "published best %.3f", published);
            return what + ": " + reach + " against the family's " + target + ", about "
                    + ConsoleProgress.duration(cpuSeconds) + " of CPU"
                    + (configuration.equals(allowance) ? "" : " (its allowance: " + allowance.parameterText() + ")");
        }
    }

    /**
     * A chosen quick grid.
     *
     * @param grid    the configurations to run, longest first, and what the quick grid does not run
     * @param choices one per family, in the grid's order
     */
    public record Plan(Grid grid, List<Choice> choices) {
    }

    /**
     * The quick grid for a run on {@code dataset} first, from what is known here.
     *
     * @param here this machine's results for the run (its results directory; empty for none)
     */
    public static Plan choose(FamilyRegistry families, Collection<ResultRecord> here, String dataset) {
        List<ResultRecord> reference = ReferenceResults.load();
        return choose(GridReader.quick(families), GridReader.original(families), PublishedResults.builtIn(),
                CostModel.of(families, here, reference), KnownAccuracies.of(here, reference), dataset);
    }

    /**
     * The quick grid from given knowledge.
     *
     * @param allowances one configuration per family: what each family may take at most
     * @param original   the configurations to choose from
     */
    public static Plan choose(Grid allowances, Grid original, PublishedResults published, CostModel cost,
                              KnownAccuracies known, String dataset) {
        List<Choice> choices = new ArrayList<>();
        for (Configuration allowance : allowances.configurations()) {
            Double target = published.ofFamily(allowance.family()).map(p -> p.accuracyOn(dataset))
                    .filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble).orElse(null);
            double limit = cost.estimate(allowance, dataset).cpuSeconds();
            Choice best = new Choice(allowance, allowance, known.of(allowance, dataset).orElse(null), target, limit);
            for (Configuration c : original.configurations()) {
                if (!c.family().equals(allowance.family()) || c.key().equals(allowance.key())) {
                    continue;
                }
                Choice candidate = new Choice(c, allowance, known.of(c, dataset).orElse(null), target,
                        cost.estimate(c, dataset).cpuSeconds());
                if (candidate.reachesPublished() && candidate.cpuSeconds() <= limit && (!best.reachesPublished()
                        || candidate.cpuSeconds() < best.cpuSeconds() * (1 - CLEARLY_SOONER))) {
                    best = candidate;
                }
            }
            choices.add(best);
        }
        choices.sort(Comparator.comparingDouble(Choice::cpuSeconds).reversed());
        return new Plan(new Grid(allowances.source(), choices.stream().map(Choice::configuration).toList(),
                allowances.notRun()), choices);
    }
}
