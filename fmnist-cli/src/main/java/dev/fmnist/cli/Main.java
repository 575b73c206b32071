package dev.fmnist.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** The {@code fmnist} command: parses the arguments, runs the verb, and turns failures into exit codes. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err, stdoutIsPipe());
        out.flush();
        System.exit(code);
    }

    /**
     * Runs the command line in this process with the given output streams. A run whose output could not all be
     * written (a full disk behind {@code > file}) fails, rather than exit 0 with the output cut short.
     *
     * @return the exit code: {@link ExitCode#OK}, {@link ExitCode#FAILURE} or {@link ExitCode#USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /**
     * As {@link #run(String[], PrintStream, PrintStream)}; when {@code out} is a pipe, a write that failed means its
     * reader stopped reading ({@code | head}), which ends the run quietly with {@link ExitCode#BROKEN_PIPE}, as a
     * Unix tool ended by SIGPIPE.
     */
    static int run(String[] args, PrintStream out, PrintStream err, boolean outIsPipe) {
        FmnistCommand fmnist = new FmnistCommand(out, err);
        CommandLine cli = new CommandLine(fmnist);
        FmnistCommand.verbsFor(args).forEach(cli::addSubcommand);
        cli.registerConverter(Path.class, Main::path);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        ErrorReporter errors = new ErrorReporter(err, fmnist::debug);
        cli.setParameterExceptionHandler(errors);
        cli.setExecutionExceptionHandler(errors);
        int code;
        try {
            code = cli.execute(args);
        } finally {
            out.flush();
        }
        if (out.checkError() && code == ExitCode.OK) {
            if (outIsPipe) {
                return ExitCode.BROKEN_PIPE;
            }
            err.println("fmnist: could not write all of the output to standard output (is the disk full?); what was "
                    + "written is incomplete: make room and run it again");
            return ExitCode.FAILURE;
        }
        return code;
    }

    /** Whether this process's standard output is a pipe (Linux's {@code /proc/self/fd/1} names one). */
    private static boolean stdoutIsPipe() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString().startsWith("pipe:");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * A path option's value; an empty one (often an unset variable, {@code --out "$DIR"}) is a usage error rather than
     * the current directory.
     */
    private static Path path(String value) {
        if (value.isEmpty()) {
            throw new CommandLine.TypeConversionException("it is empty; give a file or directory name");
        }
        return Path.of(value);
    }
}
