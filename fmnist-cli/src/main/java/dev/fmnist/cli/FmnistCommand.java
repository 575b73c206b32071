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
import dev.fmnist.cli.plot.PlotCommand;
import dev.fmnist.data.progress.ConsoleProgress;
import dev.fmnist.data.source.DataStore;
import java.io.PrintStream;
import java.nio.file.Path;
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
                "Environment: FMNIST_DATA, FMNIST_CACHE, FMNIST_OFFLINE=1, FMNIST_DEBUG=1."},
        subcommands = {FetchCommand.class, VerifyCommand.class, InfoCommand.class, ShowCommand.class,
                ExportCommand.class, ImportCommand.class, SpriteCommand.class, EmbedCommand.class,
                BenchmarkCommand.class, TrainCommand.class, EvaluateCommand.class, PredictCommand.class,
                PlotCommand.class})
public final class FmnistCommand implements Callable<Integer> {
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
}
