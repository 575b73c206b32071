package dev.fmnist.bench;

import dev.fmnist.classic.cost.CostModel;
import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.job.JobStatus;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.classic.results.ResultsIndex;
import dev.fmnist.classic.results.ResultsReader;
import dev.fmnist.classic.run.DryRun;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.estimator.FamilyRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bench harness (not a test): checks the cost model against a run of the full grid (the reference run, finished or
 * still growing). Prints, in Markdown, per dataset and family the CPU time the run took against what the built-in
 * figures predicted before it (what a new user's dry run says), and the wall time the run would take on N cores
 * replayed by the dry run's schedule from the run's own measurements, beside the wall time it really took here, and
 * how well the model's nearest-configuration rule guesses each configuration from all the others the run measured.
 * Run by {@code bench/full-grid-check.sh}.
 *
 * <p>Arguments: {@code RESULTS_DIR CORES...}, e.g. {@code results/reference 1 2 8 32}.
 */
public final class FullGridCheck {
    private static final FamilyRegistry FAMILIES = FamilyRegistry.standard();

    private FullGridCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: FullGridCheck RESULTS_DIR CORES...");
            System.exit(2);
        }
        // a line that records an equivalent configuration's result (same_as) took no CPU of its own
        List<ResultRecord> done = ResultsReader.read(Path.of(args[0])).results().stream()
                .filter(r -> r.status() == JobStatus.OK && r.sameAs() == null).toList();
        CostModel builtIn = CostModel.of(FAMILIES, List.of(), List.of());
        CostModel measured = CostModel.of(FAMILIES, done, List.of());
        familyTable(done, builtIn);
        System.out.println();
        wallTable(done, measured, builtIn, args);
        System.out.println();
        nearestTable(done);
    }

    /** CPU seconds of every repeat of {@code r}: fit and prediction times its threads. */
    private static double cpuSeconds(ResultRecord r) {
        double sum = 0;
        for (int i = 0; i < r.fitSeconds().size(); i++) {
            double predict = r.predictSeconds() != null && i < r.predictSeconds().size() ? r.predictSeconds().get(i) : 0;
            int threads = r.threads() != null && i < r.threads().size() ? Math.max(1, r.threads().get(i)) : 1;
            sum += (r.fitSeconds().get(i) + predict) * threads;
        }
        return sum;
    }

    private static void familyTable(List<ResultRecord> done, CostModel builtIn) {
        Map<String, double[]> rows = new LinkedHashMap<>();   // configurations, jobs, CPU s, predicted s
        for (ResultRecord r : done) {
            double[] row = rows.computeIfAbsent(r.dataset() + "\t" + r.name(), k -> new double[4]);
            int jobs = r.fitSeconds().size();
            row[0]++;
            row[1] += jobs;
            row[2] += cpuSeconds(r);
            row[3] += builtIn.estimate(r.configuration(), r.dataset()).cpuSeconds() * jobs;
        }
        System.out.println("| dataset | family | configurations | jobs | CPU time | built-in prediction | actual / predicted |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        double[] total = new double[4];
        rows.forEach((key, row) -> {
            String[] k = key.split("\t");
            System.out.println(row(k[0], k[1], row));
            for (int i = 0; i < total.length; i++) {
                total[i] += row[i];
            }
        });
        System.out.println(row("all", "all", total));
    }

    private static String row(String dataset, String family, double[] row) {
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %s | %s | %.2f |", dataset, family, (int) row[0],
                (int) row[1], hours(row[2]), hours(row[3]), row[2] / row[3]);
    }

    private static void wallTable(List<ResultRecord> done, CostModel measured, CostModel builtIn, String[] args) {
        System.out.printf(Locale.ROOT, "Actual wall time here (the time some configuration was running; time between "
                + "sessions left out): %s%n%n", hours(busy(done)));
        System.out.println("| cores | wall time, replayed from the run's measurements | wall time, built-in figures |");
        System.out.println("|---:|---:|---:|");
        for (int a = 1; a < args.length; a++) {
            int n = Integer.parseInt(args[a]);
            System.out.printf(Locale.ROOT, "| %d | %s | %s |%n", n, hours(wall(done, measured, n)),
                    hours(wall(done, builtIn, n)));
        }
    }

    /**
     * Per dataset and family, each configuration estimated as if it were the only one not yet measured (from the
     * other configurations, on any dataset, and the built-in figures): the median and the worst of estimate over
     * actual CPU time per repeat, the median factor off (either way), and how many land within a factor of two.
     */
    private static void nearestTable(List<ResultRecord> done) {
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        for (ResultRecord r : done) {
            List<ResultRecord> others = done.stream()
                    .filter(o -> !o.configuration().key().equals(r.configuration().key())).toList();
            double estimate = CostModel.of(FAMILIES, others, List.of()).estimate(r.configuration(),
                    r.dataset()).cpuSeconds();
            double actual = cpuSeconds(r) / r.fitSeconds().size();
            if (actual > 0) {
                ratios.computeIfAbsent(r.dataset() + " | " + r.name(), k -> new ArrayList<>()).add(estimate / actual);
            }
        }
        System.out.println("Each configuration estimated from all the others measured (estimate / actual CPU time):");
        System.out.println();
        System.out.println("| dataset | family | configurations | median | median factor off | within 2x | worst |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        List<Double> all = new ArrayList<>();
        ratios.forEach((key, list) -> {
            System.out.println(nearestRow(key, list));
            all.addAll(list);
        });
        if (!all.isEmpty()) {
            System.out.println(nearestRow("all | all", all));
        }
    }

    private static String nearestRow(String key, List<Double> ratios) {
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double worst = Math.abs(Math.log(sorted[0])) > Math.abs(Math.log(sorted[n - 1])) ? sorted[0] : sorted[n - 1];
        double factor = Math.exp(median(ratios.stream().mapToDouble(x -> Math.abs(Math.log(x))).sorted().toArray()));
        long within = ratios.stream().filter(x -> x >= 0.5 && x <= 2).count();
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %d | %.2f |", key, n, median(sorted), factor,
                within, worst);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The seconds during which at least one configuration ran: the union of their start-to-done intervals. */
    static double busy(List<ResultRecord> done) {
        List<long[]> spans = done.stream().map(r -> new long[] {r.startTime(), r.doneTime()})
                .sorted((a, b) -> Long.compare(a[0], b[0])).toList();
        double total = 0;
        long end = Long.MIN_VALUE;
        for (long[] span : spans) {
            long from = Math.max(span[0], end);
            if (span[1] > from) {
                total += span[1] - from;
            }
            end = Math.max(end, span[1]);
        }
        return total;
    }

    /**
     * The dry run's wall time of the configurations done, dataset after dataset, on {@code cores} workers. The dry
     * run plans configurations that train the same model as one job, so the two one-neighbour k-NN configurations
     * with distance weights that ran on their own on Fashion-MNIST, before fmnist shared such results (about three
     * minutes of CPU), are replayed as their uniform-weight twins' results.
     */
    private static double wall(List<ResultRecord> done, CostModel cost, int cores) {
        Map<String, List<ResultRecord>> byDataset = new LinkedHashMap<>();
        done.forEach(r -> byDataset.computeIfAbsent(r.dataset(), k -> new ArrayList<>()).add(r));
        double wall = 0;
        for (Map.Entry<String, List<ResultRecord>> e : byDataset.entrySet()) {
            List<Configuration> configurations = e.getValue().stream().map(ResultRecord::configuration).toList();
            int repeats = e.getValue().stream().mapToInt(r -> r.fitSeconds().size()).max().orElse(1);
            wall += DryRun.plan(configurations, List.of(Datasets.all().stream()
                            .filter(d -> d.name().equals(e.getKey())).findFirst().orElseThrow()), repeats, null, cores,
                    cores, ResultsIndex.empty(), FAMILIES, cost).wallSeconds();
        }
        return wall;
    }

    private static String hours(double seconds) {
        return String.format(Locale.ROOT, "%.2f h", seconds / 3600);
    }
}
