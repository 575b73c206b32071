package dev.fmnist.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code fmnist} command: parses the arguments, runs the verb, and turns failures into exit codes. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        System.exit(code);
    }

    /**
     * Runs the command line in this process with the given output streams.
     *
     * @return the exit code: {@link ExitCode#OK}, {@link ExitCode#FAILURE} or {@link ExitCode#USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        FmnistCommand fmnist = new FmnistCommand(out, err);
        CommandLine cli = new CommandLine(fmnist);
        FmnistCommand.verbsFor(args).forEach(cli::addSubcommand);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        ErrorReporter errors = new ErrorReporter(err, fmnist::debug);
        cli.setParameterExceptionHandler(errors);
        cli.setExecutionExceptionHandler(errors);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
        }
    }
}
