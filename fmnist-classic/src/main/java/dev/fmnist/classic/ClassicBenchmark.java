package dev.fmnist.classic;

import dev.fmnist.classic.cost.Calibration;
import dev.fmnist.classic.cost.CostModel;
import dev.fmnist.classic.cost.ReferenceResults;
import dev.fmnist.classic.features.PreparedDataset;
import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.estimator.FamilyRegistry;
import dev.fmnist.classic.grid.Grid;
import dev.fmnist.classic.grid.PublishedResults;
import dev.fmnist.classic.report.Leaderboard;
import dev.fmnist.classic.report.LeaderboardTables;
import dev.fmnist.classic.results.Json;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.classic.results.ResultsIndex;
import dev.fmnist.classic.results.ResultsStore;
import dev.fmnist.classic.results.RunEnvironment;
import dev.fmnist.classic.run.BenchmarkRunner;
import dev.fmnist.classic.run.DryRun;
import dev.fmnist.classic.run.JobExecutor;
import dev.fmnist.classic.run.JobExecutorFactory;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.FileProvenance;
import dev.fmnist.data.io.AtomicFiles;
import dev.fmnist.data.progress.ConsoleProgress;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.data.registry.DatasetSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The classical benchmark on this machine, start to end: opens the results directory (resuming what it holds),
 * loads and standardizes the datasets, runs the grid's jobs on an engine (local worker threads unless told otherwise),
 * and writes the leaderboard as
 * {@code leaderboard.md} and {@code leaderboard.json} beside {@code results.jsonl}. Messages and progress go to a
 * console stream; the caller prints the leaderboard where it wants.
 */
public final class ClassicBenchmark {
    /** The leaderboard's Markdown file. */
    public static final String LEADERBOARD_MD = "leaderboard.md";
    /** The leaderboard's JSON file, for dashboards. */
    public static final String LEADERBOARD_JSON = "leaderboard.json";
    /** The most characters of running jobs shown after a bar redrawn in place, so that it fits on one line. */
    private static final int TERMINAL_DETAIL = 70;

    /** Loads a dataset (fetching and verifying it if needed). */
    @FunctionalInterface
    public interface DatasetLoader {
        Dataset load(DatasetSpec spec) throws IOException;
    }

    /**
     * What to run.
     *
     * @param grid             the configurations
     * @param title            the leaderboard's title, for example {@code Classical benchmark, quick grid}
     * @param datasets         the datasets, the first one ranking the leaderboard
     * @param repeats          the most repeats per configuration
     * @param workers          jobs at once
     * @param out              the results directory
     * @param timeLimitSeconds the per-job time limit, or null for none
     * @param memoryBudgetMb   the memory running jobs may use, or null for what the heap has left after the data
     */
    public record Settings(Grid grid, String title, List<DatasetSpec> datasets, int repeats, int workers, Path out,
                           Long timeLimitSeconds, Long memoryBudgetMb) {
        public Settings {
            datasets = List.copyOf(datasets);
            if (datasets.isEmpty()) {
                throw new IllegalArgumentException("no dataset to run on");
            }
        }
    }

    /**
     * What a benchmark produced.
     *
     * @param summary     what the run did
     * @param leaderboard the ranked results of the grid's configurations
     * @param markdown    the leaderboard's Markdown file
     * @param json        the leaderboard's JSON file
     */
    public record Report(BenchmarkRunner.Summary summary, Leaderboard leaderboard, Path markdown, Path json) {
    }

    private final FamilyRegistry families;
    private final DatasetLoader loader;
    private final PrintStream console;
    private final boolean terminal;
    private final JobExecutorFactory engine;
    private final String master;

    /**
     * A benchmark on the local engine.
     *
     * @param console  where messages and progress go (standard error, for the command line)
     * @param terminal whether {@code console} is a terminal (progress redrawn in place)
     */
    public ClassicBenchmark(FamilyRegistry families, DatasetLoader loader, PrintStream console, boolean terminal) {
        this(families, loader, console, terminal, JobExecutorFactory.LOCAL, null);
    }

    /**
     * A benchmark whose jobs execute on {@code engine}.
     *
     * @param master where the engine runs, in its own terms (Spark: a master URL), or null for its default
     */
    public ClassicBenchmark(FamilyRegistry families, DatasetLoader loader, PrintStream console, boolean terminal,
                            JobExecutorFactory engine, String master) {
        this.families = families;
        this.loader = loader;
        this.console = console;
        this.terminal = terminal;
        this.engine = engine;
        this.master = master;
    }

    /**
     * What {@link #run} would do, without loading the data or running anything: the jobs left to run with their
     * estimated time and memory, and the run's CPU and wall time on the chosen workers. It reads the results
     * directory without its lock, so it can plan while a benchmark is writing there.
     */
    public DryRun dryRun(Settings s) throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        ResultsIndex done = Files.isDirectory(s.out()) ? ResultsIndex.read(s.out()) : ResultsIndex.empty();
        return DryRun.plan(s.grid().configurations(), s.datasets(), s.repeats(), s.timeLimitSeconds(),
                s.workers(), cores, done, families, costModel(done.results(), s.workers(), cores));
    }

    /** Runs the benchmark to its end and writes the leaderboard files. */
    public Report run(Settings s) throws IOException, InterruptedException {
        try (ResultsStore store = ResultsStore.open(s.out())) {
            store.warnings().forEach(this::log);
            List<PreparedDataset> data = new ArrayList<>();
            Map<String, List<FileProvenance>> files = new LinkedHashMap<>();
            for (DatasetSpec spec : s.datasets()) {
                Dataset d = loader.load(spec);
                files.put(d.name(), d.provenance());
                data.add(PreparedDataset.standardize(d));
            }
            long budget = s.memoryBudgetMb() != null ? s.memoryBudgetMb() << 20 : freeHeap();
            int cores = Runtime.getRuntime().availableProcessors();
            List<Configuration> configurations = s.grid().configurations();
            log(String.format(Locale.ROOT, "%s: %d configurations x %d dataset%s, up to %d repeat%s; %d worker%s on "
                            + "%d cores, memory budget %,d MB, time limit %s; results in %s",
                    s.grid().source(), configurations.size(), data.size(), data.size() == 1 ? "" : "s", s.repeats(),
                    s.repeats() == 1 ? "" : "s", s.workers(), s.workers() == 1 ? "" : "s", cores, budget >> 20,
                    s.timeLimitSeconds() == null ? "none" : s.timeLimitSeconds() + " s per job", s.out()));
            s.grid().notRun().forEach((family, why) -> log("not run: " + family + ": " + why));
            BenchmarkRunner.Summary summary;
            try (JobExecutor executor = engine.open(new JobExecutorFactory.Run(families, data, files, s.workers(),
                    cores, budget, s.timeLimitSeconds() == null ? null : Duration.ofSeconds(s.timeLimitSeconds()),
                    master, this::log))) {
                CostModel cost = costModel(store.results(), s.workers(), cores);
                summary = new BenchmarkRunner(executor, store, families, RunEnvironment.current(), cost).run(
                        new BenchmarkRunner.Plan(configurations, data, s.repeats(), s.timeLimitSeconds()),
                        this::progress, this::log);
            }
            Leaderboard board = Leaderboard.of(s.title(), configurations,
                    data.stream().map(PreparedDataset::name).toList(), store.results(), PublishedResults.builtIn(),
                    s.grid().notRun());
            Path md = s.out().resolve(LEADERBOARD_MD);
            Path json = s.out().resolve(LEADERBOARD_JSON);
            AtomicFiles.writeString(md, LeaderboardTables.markdown(board));
            AtomicFiles.write(json, o -> Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(o, board));
            return new Report(summary, board, md, json);
        }
    }

    /**
     * The cost model of the dry run and the ETA: this machine's results, the reference results, and when they have no
     * configuration in common a calibration on the threads the jobs will run on at once.
     */
    private CostModel costModel(Collection<ResultRecord> here, int workers, int cores) {
        return CostModel.of(families, here, ReferenceResults.load(),
                () -> Calibration.seconds(Math.min(workers, cores)));
    }

    private Progress progress(long work) {
        if (work == 0) {
            return Progress.NONE;
        }
        ConsoleProgress bar = new ConsoleProgress(console, "benchmark", work, ConsoleProgress.Units.CENTISECONDS,
                terminal, 10);
        return new Progress() {
            @Override
            public void update(long done, String detail) {
                bar.update(done, terminal && detail.length() > TERMINAL_DETAIL
                        ? detail.substring(0, TERMINAL_DETAIL - 3) + "..." : detail);
            }

            @Override
            public void secondsLeft(double seconds) {
                bar.secondsLeft(seconds);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    /** A message on its own line, clearing a progress bar drawn in place (redrawn at its next update). */
    private void log(String line) {
        console.println(terminal ? "\r\u001B[K" + line : line);
    }

    /** The heap the jobs may use: what is left after the data, less a tenth of the heap for everything else. */
    private static long freeHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = rt.totalMemory() - rt.freeMemory();
        return Math.max(256L << 20, rt.maxMemory() - used - rt.maxMemory() / 10);
    }
}
