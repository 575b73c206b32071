package dev.fmnist.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The common part of the neural-network commands: user mistakes and data or I/O failures become one-line messages
 * and the CLI's exit codes (1 for data or I/O, 2 for usage), never stack traces.
 */
abstract class NetworkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    final DatasetLoader loader;

    NetworkCommand(DatasetLoader loader) {
        this.loader = loader;
    }

    /** The command's work; returns the exit code. */
    abstract int run(PrintWriter out) throws IOException;

    @Override
    public final Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(spec.commandLine().getOut());
        } catch (IllegalArgumentException e) {
            err.println("fmnist " + spec.name() + ": " + e.getMessage());
            return 2;
        } catch (IOException | IllegalStateException e) {
            err.println("fmnist " + spec.name() + ": " + e.getMessage());
            return 1;
        } finally {
            spec.commandLine().getOut().flush();
            err.flush();
        }
    }
}
