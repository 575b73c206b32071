package dev.fmnist.cli;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.progress.ConsoleProgress;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.Datasets;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every verb of {@code fmnist} shares: its output streams, the data store, progress and usage errors.
 * A verb returns {@link ExitCode#OK} or {@link ExitCode#FAILURE}; an {@link IOException} it throws becomes a one-line
 * message and exit code 1, a {@link ParameterException} a usage error and exit code 2.
 */
public abstract class Verb implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** The root command, with the global options (a verb may sit under another, as {@code plot confusion}). */
    protected FmnistCommand fmnist() {
        return (FmnistCommand) spec.root().userObject();
    }

    /** Where results go. */
    protected PrintStream out() {
        return fmnist().out();
    }

    /** Where progress and messages go. */
    protected PrintStream err() {
        return fmnist().err();
    }

    /** Fetches (if needed), verifies and loads a dataset through the data store. */
    protected Dataset load(DatasetSpec dataset) throws IOException {
        return fmnist().store().load(dataset);
    }

    /** The registered dataset of this name; an unknown name is a usage error naming the known ones. */
    protected DatasetSpec dataset(String name) {
        try {
            return Datasets.get(name);
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
    }

    /** A usage error of this verb, to throw: exit code 2 with a hint to {@code --help}. */
    protected ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * A usage error when one of the files a verb writes beside {@code --out} is a directory, to check before any work.
     *
     * @param beside what writes them, for example {@code embed writes beside the picture}
     */
    protected void requireNoDirectoryBeside(Path out, String beside, List<Path> files) {
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                throw usageError("--out " + out + ": " + f + ", which " + beside + ", is a directory; give another "
                        + "file name, or move the directory");
            }
        }
    }

    /** A usage error unless {@code value}, when given, is at least {@code min}. */
    protected void requireAtLeast(String option, Number value, long min) {
        if (value != null && value.longValue() < min) {
            throw usageError(option + " must be at least " + min + ", not " + value);
        }
    }

    /** A usage error unless {@code value}, when given, is {@code min} to {@code max}. */
    protected void requireRange(String option, Number value, long min, long max) {
        if (value != null && (value.longValue() < min || value.longValue() > max)) {
            throw usageError(option + " must be " + min + " to " + max + ", not " + value);
        }
    }

    /** Progress of {@code total} items on stderr: a bar on a terminal, a line every 10 seconds otherwise. */
    protected Progress progress(String label, long total) {
        return new ConsoleProgress(err(), label, total, ConsoleProgress.Units.COUNT, ConsoleProgress.isTerminal(), 10);
    }
}
