package dev.fmnist.cli;

import dev.fmnist.cli.commands.BenchmarkCommand;
import dev.fmnist.cli.commands.EmbedCommand;
import dev.fmnist.cli.commands.EvaluateCommand;
import dev.fmnist.cli.commands.ExportCommand;
import dev.fmnist.cli.commands.FetchCommand;
import dev.fmnist.cli.commands.ImportCommand;
import dev.fmnist.cli.commands.InfoCommand;
import dev.fmnist.cli.commands.PredictCommand;
import dev.fmnist.cli.commands.ShowCommand;
import dev.fmnist.cli.commands.SpriteCommand;
import dev.fmnist.cli.commands.TrainCommand;
import dev.fmnist.cli.commands.VerifyCommand;
import dev.fmnist.cli.dashboard.ReportCommand;
import dev.fmnist.cli.dashboard.ServeCommand;
import dev.fmnist.cli.plot.PlotCommand;
import dev.fmnist.data.progress.ConsoleProgress;
import dev.fmnist.data.source.DataStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root {@code fmnist} command: the global options, the verbs, and what they share (output, data store). */
@Command(name = "fmnist", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = "The Fashion-MNIST and MNIST toolkit: get, verify, describe, draw and convert the datasets; "
                + "benchmark classifiers on them; train, evaluate and use neural networks; chart the results.",
        footer = {"", "Datasets: fashion (Fashion-MNIST), mnist (MNIST), kmnist (Kuzushiji-MNIST).",
                "Exit codes: 0 success, 1 data or I/O failure, 2 usage error.",
                "Environment: FMNIST_DATA, FMNIST_CACHE, FMNIST_OFFLINE=1, FMNIST_DEBUG=1."})
public final class FmnistCommand implements Callable<Integer> {
    /** The verbs, in the order the usage lists them. */
    static final List<String> VERBS = List.of("fetch", "verify", "info", "show", "export", "import", "sprite", "embed",
            "benchmark", "train", "evaluate", "predict", "plot", "serve", "report");

    private final PrintStream out;
    private final PrintStream err;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Read the dataset files from DIR first (also FMNIST_DATA).")
    private Path dataDir;

    @Option(names = "--offline", scope = ScopeType.INHERIT,
            description = "Never download from the mirrors (also FMNIST_OFFLINE=1).")
    private boolean offline;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces of failures (also FMNIST_DEBUG=1).")
    private boolean debug;

    FmnistCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing a command: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** Where results go. */
    public PrintStream out() {
        return out;
    }

    /** Where progress and messages go. */
    public PrintStream err() {
        return err;
    }

    /** Whether failures show their stack traces. */
    public boolean debug() {
        return debug || "1".equals(System.getenv("FMNIST_DEBUG"));
    }

    /** The data store as the environment and the global options configure it, with progress on stderr. */
    public DataStore store() {
        DataStore store = DataStore.fromEnvironment()
                .withDownloadProgress((label, total) -> new ConsoleProgress(err, label, total,
                        ConsoleProgress.Units.BYTES, ConsoleProgress.isTerminal(), 10));
        if (dataDir != null) {
            store = store.withDataDir(dataDir);
        }
        return offline ? store.offline(true) : store;
    }

    /**
     * The verb objects to register for these arguments: only the verb named, when one is (picocli reads every
     * registered verb's annotations at start-up, and the classes of the other verbs need not load at all), else all of
     * them, in order, for the usage, help and suggestions.
     */
    static List<Object> verbsFor(String[] args) {
        String named = named(args);
        if (named != null && VERBS.contains(named)) {
            return List.of(verb(named));
        }
        return VERBS.stream().map(FmnistCommand::verb).toList();
    }

    /** The first argument that is neither an option nor the value of {@code --data}, or null. */
    private static String named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    private static Object verb(String name) {
        return switch (name) {
            case "fetch" -> new FetchCommand();
            case "verify" -> new VerifyCommand();
            case "info" -> new InfoCommand();
            case "show" -> new ShowCommand();
            case "export" -> new ExportCommand();
            case "import" -> new ImportCommand();
            case "sprite" -> new SpriteCommand();
            case "embed" -> new EmbedCommand();
            case "benchmark" -> new BenchmarkCommand();
            case "train" -> new TrainCommand();
            case "evaluate" -> new EvaluateCommand();
            case "predict" -> new PredictCommand();
            case "plot" -> new PlotCommand();
            case "serve" -> new ServeCommand();
            case "report" -> new ReportCommand();
            default -> throw new IllegalArgumentException("no verb " + name);
        };
    }
}
