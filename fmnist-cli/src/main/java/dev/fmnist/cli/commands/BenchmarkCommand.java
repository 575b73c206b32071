package dev.fmnist.cli.commands;

import dev.fmnist.classic.ClassicBenchmark;
import dev.fmnist.estimator.FamilyRegistry;
import dev.fmnist.classic.grid.Grid;
import dev.fmnist.classic.grid.GridException;
import dev.fmnist.classic.grid.GridReader;
import dev.fmnist.classic.quick.QuickGrid;
import dev.fmnist.classic.report.Leaderboard;
import dev.fmnist.classic.report.LeaderboardTables;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.classic.results.ResultsReader;
import dev.fmnist.classic.results.ResultsStore;
import dev.fmnist.classic.run.BenchmarkRunner;
import dev.fmnist.classic.run.DryRun;
import dev.fmnist.classic.run.JobExecutorFactory;
import dev.fmnist.cli.DatasetConverter;
import dev.fmnist.cli.ExitCode;
import dev.fmnist.cli.Verb;
import dev.fmnist.data.progress.ConsoleProgress;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.Datasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fmnist benchmark}: the Fashion-MNIST authors' classical benchmark on this machine. Runs a grid of
 * classifier configurations (the quick grid, the original's whole grid, or the user's file) on the datasets,
 * appends each result to {@code OUT/results.jsonl} as it finishes, resumes what an earlier run left, and prints the
 * leaderboard beside the published accuracies (also written to {@code OUT/leaderboard.md} and {@code .json}).
 */
@Command(name = "benchmark", sortOptions = false,
        description = {"Run the classical benchmark (the Fashion-MNIST paper's scikit-learn grid) and print a "
                + "leaderboard beside the published accuracies.",
                "Results are appended to OUT/results.jsonl as each configuration finishes; running the same command "
                        + "again resumes where it stopped."},
        footer = {"", "Examples:", "  fmnist benchmark --quick", "  fmnist benchmark --quick --dataset fashion,mnist",
                "  fmnist benchmark --full --family SVC --time-limit 3600", "  fmnist benchmark --config my-grid.json",
                "  fmnist benchmark --quick --engine spark --master spark://head:7077",
                "", "Grid files have the original's shape: see docs/classic-grid.md."})
public final class BenchmarkCommand extends Verb {
    /** Default repeats of the whole grid or a user's grid: the paper's five shuffled repeats. */
    static final int FULL_REPEATS = 5;
    /** Default repeats of the quick grid. */
    static final int QUICK_REPEATS = 1;
    /** The most repeats per configuration. */
    static final int MAX_REPEATS = 100;
    /** The most jobs at once. */
    static final int MAX_WORKERS = 1024;
    /** The longest time limit: a year. */
    static final long MAX_TIME_LIMIT = 365L * 24 * 3600;
    /** The largest memory budget: 16 TiB, in MB. */
    static final long MAX_MEMORY_BUDGET = 16L << 20;
    /** Above this many rows the terminal shows each family's best configuration only. */
    private static final int TERMINAL_ROWS = 25;

    static final class GridChoice {
        @Option(names = "--config", paramLabel = "FILE", description = "Run the grid in FILE (the original's shape).")
        Path config;

        @Option(names = "--quick", description = "One configuration per family that finishes in minutes here: the "
                + "one known to reach the family's published best accuracy soonest (the default).")
        boolean quick;

        @Option(names = "--full", description = "The original benchmark's whole grid (days on a small machine).")
        boolean full;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private GridChoice choice;

    @Option(names = "--dataset", paramLabel = "NAME", split = ",", converter = DatasetConverter.class,
            description = "Datasets, comma-separated; the first ranks the leaderboard (default: fashion).")
    private List<DatasetSpec> datasets = List.of(Datasets.FASHION);

    @Option(names = "--repeats", paramLabel = "N", description = "Repeats per configuration, each on a differently "
            + "shuffled training set; two that agree within 0.001 end it; 1 to 100 (default: " + QUICK_REPEATS
            + " quick, " + FULL_REPEATS + " otherwise).")
    private Integer repeats;

    @Option(names = "--workers", paramLabel = "N", description = "Jobs at once, 1 to 1024 (default: the number of cores).")
    private Integer workers;

    @Option(names = "--out", paramLabel = "DIR", description = "Results directory (default: ${DEFAULT-VALUE}).")
    private Path out = Path.of("results");

    @Option(names = "--family", paramLabel = "NAME", arity = "1..*", split = ",",
            description = "Run only these families of the grid, for example SVC LogisticRegression.")
    private List<String> families;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Abandon a job after this long and record "
            + "it as timed out; 1 to 31536000, a year (default: no limit).")
    private Long timeLimit;

    @Option(names = "--memory-budget", paramLabel = "MB", description = "Memory running jobs may use together; jobs "
            + "that would not fit wait; 1 to 16777216 (default: the heap left after loading the data).")
    private Long memoryBudget;

    @Option(names = "--dry-run", description = "List the jobs that would run (those already in the results left out) "
            + "with each one's estimated time and memory, and the run's total on the chosen workers; run nothing.")
    private boolean dryRun;

    @Option(names = "--engine", paramLabel = "NAME", description = "Where jobs execute: local (worker threads here, "
            + "the default) or spark (Apache Spark; ./fmnist adds the fmnist-spark module when asked for it).")
    private String engine = JobExecutorFactory.LOCAL.engine();

    @Option(names = "--master", paramLabel = "URL", description = "The engine's cluster: for spark a master URL, "
            + "local[N], spark://HOST:PORT, yarn, k8s://... (default: the one spark-submit gives, else local[N] with "
            + "N the cores here).")
    private String master;

    @Override
    public Integer call() throws IOException, InterruptedException {
        requireRange("--repeats", repeats, 1, MAX_REPEATS);
        requireRange("--workers", workers, 1, MAX_WORKERS);
        requireRange("--time-limit", timeLimit, 1, MAX_TIME_LIMIT);
        requireRange("--memory-budget", memoryBudget, 1, MAX_MEMORY_BUDGET);
        if (datasets.stream().distinct().count() != datasets.size()) {
            throw usageError("--dataset names a dataset twice");
        }
        requireOutDirectory();
        JobExecutorFactory executors = engine();
        FamilyRegistry registry = FamilyRegistry.standard();
        Grid grid = grid(registry);
        ClassicBenchmark.Settings settings = new ClassicBenchmark.Settings(grid, title(), datasets,
                repeats != null ? repeats : choice == null || choice.quick ? QUICK_REPEATS : FULL_REPEATS,
                workers != null ? workers : Runtime.getRuntime().availableProcessors(), out, timeLimit, memoryBudget);
        ClassicBenchmark benchmark = new ClassicBenchmark(registry, this::load, err(), ConsoleProgress.isTerminal(),
                executors, master);
        if (dryRun) {
            print(benchmark.dryRun(settings));
        } else {
            print(benchmark.run(settings));
        }
        return ExitCode.OK;
    }

    /** A one-line I/O error when {@code --out}, or the nearest of its folders that exists, is a file. */
    private void requireOutDirectory() throws IOException {
        for (Path p = out.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                return;
            }
            if (Files.exists(p)) {
                throw new IOException("cannot use --out " + out + ": " + p + " is a file, not a directory; give a "
                        + "results directory (benchmark writes DIR/" + ResultsStore.RESULTS + ")");
            }
        }
    }

    private JobExecutorFactory engine() {
        JobExecutorFactory f;
        try {
            f = JobExecutorFactory.named(engine);
        } catch (IllegalArgumentException e) {
            throw usageError("--engine: " + e.getMessage());
        }
        if (master != null && f == JobExecutorFactory.LOCAL) {
            throw usageError("--master names a cluster, which the local engine has none of: add --engine spark");
        }
        return f;
    }

    private Grid grid(FamilyRegistry registry) throws IOException {
        Grid grid;
        try {
            grid = choice != null && choice.config != null ? GridReader.read(choice.config, registry)
                    : choice != null && choice.full ? GridReader.original(registry) : quickGrid(registry);
        } catch (GridException e) {
            throw usageError(e.getMessage());
        }
        if (families != null) {
            try {
                grid = grid.onlyFamilies(families);
            } catch (IllegalArgumentException e) {
                throw usageError(e.getMessage());
            }
        }
        if (grid.configurations().isEmpty()) {
            throw usageError(grid.source() + " has no configuration that runs here" + (grid.notRun().isEmpty() ? ""
                    : "; not run: " + String.join("; ", grid.notRun().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").toList())));
        }
        return grid;
    }

    /**
     * The quick grid chosen on what is known (this results directory's results included), each family's choice
     * told on the console.
     */
    private Grid quickGrid(FamilyRegistry registry) throws IOException {
        List<ResultRecord> here = Files.isRegularFile(out.resolve(ResultsStore.RESULTS))
                ? ResultsReader.read(out).results() : List.of();
        QuickGrid.Plan plan = QuickGrid.choose(registry, here, datasets.get(0).name());
        plan.choices().forEach(c -> err().println("quick grid: " + c.describe()));
        return plan.grid();
    }

    private String title() {
        String what = choice != null && choice.config != null ? "grid " + choice.config
                : choice != null && choice.full ? "the original's full grid" : "quick grid";
        return "Classical benchmark, " + what;
    }

    private void print(DryRun plan) {
        int width = plan.jobs().stream().mapToInt(j -> j.job().configuration().parameterText().length())
                .max().orElse(0);
        String row = "%-8s %-28s %-" + Math.max(46, width) + "s %6s %7s %9s %8s  %s%n";
        out().printf(Locale.ROOT, row, "dataset", "family", "parameters", "repeat", "threads", "time", "memory",
                "estimated from");
        for (DryRun.JobEstimate j : plan.jobs()) {
            out().printf(Locale.ROOT, row, j.job().dataset(), j.job().configuration().family(),
                    j.job().configuration().parameterText(), j.job().repeat() + 1, j.threads(),
                    ConsoleProgress.duration(j.wallSeconds()), (j.memoryBytes() >> 20) + " MB", j.source());
        }
        out().printf(Locale.ROOT, "%d jobs, %s of CPU time; about %s on %d worker%s sharing %d cores (repeats stop "
                        + "early when the first two agree, so it can be less)%n", plan.jobs().size(),
                ConsoleProgress.duration(plan.cpuSeconds()), ConsoleProgress.duration(plan.wallSeconds()),
                plan.workers(), plan.workers() == 1 ? "" : "s", plan.cores());
        if (plan.shared() > 0) {
            out().printf(Locale.ROOT, "%d result%s no job: %s the result of a configuration that trains the same "
                    + "model on the same dataset (the family ignores the parameters they differ in)%n", plan.shared(),
                    plan.shared() == 1 ? " needs" : "s need", plan.shared() == 1 ? "it records" : "each records");
        }
        out().println(plan.cost());
    }

    private void print(ClassicBenchmark.Report report) {
        BenchmarkRunner.Summary s = report.summary();
        err().printf(Locale.ROOT, "%d configurations run: %d ok, %d timed out, %d failed (%d jobs%s); %d already in "
                + "%s%n", s.finished(), s.ok(), s.timedOut(), s.failed(), s.jobs(), s.shared() == 0 ? ""
                : ", " + s.shared() + " sharing an equivalent configuration's result", s.skipped(), out);
        Leaderboard board = report.leaderboard();
        boolean all = board.rows().size() <= TERMINAL_ROWS;
        out().println(LeaderboardTables.text(all ? board : board.bestPerFamily()));
        out().println((all ? "" : "All " + board.rows().size() + " configurations: ") + "leaderboard in "
                + report.markdown() + " and " + report.json() + "; every result in "
                + out.resolve(ResultsStore.RESULTS));
    }
}
