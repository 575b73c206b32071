package dev.fmnist.classic.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.grid.PublishedResult;
import dev.fmnist.classic.grid.PublishedResults;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.classic.job.JobStatus;
import dev.fmnist.data.registry.Datasets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The results of a benchmark's configurations, ranked by mean test accuracy on the first dataset (then the next),
 * each beside the published accuracy of the same configuration where the original benchmark published one.
 * Written to the terminal and as Markdown by {@link LeaderboardTables}, and as {@code leaderboard.json} as it is.
 *
 * @param title           what was run, for example {@code quick grid}
 * @param datasets        the datasets, in column order
 * @param rows            ranked rows first, then rows with no successful result on the first dataset
 * @param notRun          families of the grid not run here, with the reason
 * @param publishedSource where the published figures come from
 */
public record Leaderboard(String title, List<DatasetColumn> datasets, List<Row> rows, Map<String, String> notRun,
                          String publishedSource) {
    /**
     * A dataset column.
     *
     * @param name  for example {@code fashion}
     * @param title for example {@code Fashion-MNIST}
     */
    public record DatasetColumn(String name, String title) {
    }

    /**
     * One configuration.
     *
     * @param rank       1 for the best; null unless all its repeats on the first dataset succeeded
     * @param family     the family
     * @param parameters its parameters as {@code name=value} text
     * @param cells      its result on each dataset, by dataset name (absent where it was not run)
     */
    public record Row(Integer rank, String family, String parameters, Map<String, Cell> cells) {
    }

    /**
     * A configuration's result on one dataset.
     *
     * @param status         ok, timed_out or failed
     * @param meanAccuracy   mean test accuracy (null if no repeat succeeded)
     * @param stdAccuracy    two standard deviations over the repeats
     * @param repeats        repeats that succeeded
     * @param fitSeconds     mean fit seconds
     * @param predictSeconds mean predict seconds
     * @param published      the published accuracy of this configuration; for the only configuration of its family
     *                       in the grid, else that of its family's published best configuration (null if none)
     * @param difference     ours minus published (null if either is missing)
     * @param error          what went wrong, unless ok
     * @param publishedIsFamilyBest true when {@code published} is the family's best, measured with another
     *                       configuration (a quick grid's stand-in for its family); null otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(JobStatus status, Double meanAccuracy, Double stdAccuracy, int repeats, Double fitSeconds,
                       Double predictSeconds, Double published, Double difference, String error,
                       Boolean publishedIsFamilyBest) {
    }

    /**
     * Builds the leaderboard of a plan's configurations from their latest results.
     *
     * @param configurations the configurations, in grid order
     * @param datasets       dataset names, in column order (the first ranks)
     * @param results        results to draw from (others are ignored)
     */
    public static Leaderboard of(String title, List<Configuration> configurations, List<String> datasets,
                                 List<ResultRecord> results, PublishedResults published, Map<String, String> notRun) {
        Map<String, ResultRecord> byKey = new LinkedHashMap<>();
        results.forEach(r -> byKey.put(r.key(), r));
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Set<String>> perFamily = new HashMap<>();
        configurations.forEach(c -> perFamily.computeIfAbsent(c.family(), f -> new HashSet<>()).add(c.key()));
        for (Configuration c : configurations) {
            if (!seen.add(c.key())) {
                continue;
            }
            Optional<PublishedResult> own = published.find(c);
            boolean standsForFamily = perFamily.get(c.family()).size() == 1;
            Optional<PublishedResult> pub = own.isPresent() || !standsForFamily ? own
                    : published.ofFamily(c.family());
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (String d : datasets) {
                ResultRecord r = byKey.get(ResultRecord.key(d, c));
                if (r != null) {
                    cells.put(d, cell(r, pub.map(p -> p.accuracyOn(d)).orElse(OptionalDouble.empty()),
                            own.isEmpty() && pub.isPresent()));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new Row(null, c.family(), c.parameterText(), cells));
            }
        }
        rows.sort(byAccuracy(datasets));
        List<Row> ranked = new ArrayList<>();
        int rank = 0;
        for (Row r : rows) {
            ranked.add(new Row(mean(r, datasets.get(0)) != null ? ++rank : null, r.family(), r.parameters(), r.cells()));
        }
        List<DatasetColumn> columns = datasets.stream()
                .map(d -> new DatasetColumn(d, Datasets.find(d).map(s -> s.title()).orElse(d))).toList();
        return new Leaderboard(title, columns, ranked, notRun, published.source());
    }

    /** The best configuration of each family, ranked among themselves. */
    public Leaderboard bestPerFamily() {
        Set<String> families = new HashSet<>();
        List<Row> best = new ArrayList<>();
        int rank = 0;
        for (Row r : rows) {
            if (families.add(r.family())) {
                best.add(new Row(r.rank() == null ? null : ++rank, r.family(), r.parameters(), r.cells()));
            }
        }
        return new Leaderboard(title + ", best configuration of each family", datasets, best, notRun,
                publishedSource);
    }

    private static Cell cell(ResultRecord r, OptionalDouble published, boolean familyBest) {
        Double pub = published.isPresent() ? published.getAsDouble() : null;
        Double mean = r.meanAccuracy();
        boolean any = r.numRepeat() > 0;
        return new Cell(r.status(), mean, r.stdAccuracy(), r.numRepeat(), any ? r.meanFitSeconds() : null,
                any ? r.meanPredictSeconds() : null, pub, mean != null && pub != null ? mean - pub : null, r.error(),
                familyBest && pub != null ? Boolean.TRUE : null);
    }

    private static Comparator<Row> byAccuracy(List<String> datasets) {
        Comparator<Row> order = null;
        for (String d : datasets) {
            Comparator<Row> byD = Comparator.comparing((Row r) -> mean(r, d),
                    Comparator.nullsLast(Comparator.reverseOrder()));
            order = order == null ? byD : order.thenComparing(byD);
        }
        return order;
    }

    /** The mean accuracy that ranks a row on a dataset: only a fully successful result counts. */
    private static Double mean(Row r, String dataset) {
        Cell c = r.cells().get(dataset);
        return c == null || c.status() != JobStatus.OK ? null : c.meanAccuracy();
    }
}
