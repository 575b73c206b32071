package dev.fmnist.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one-line messages and exit codes: usage errors exit 2 with a hint to {@code --help};
 * data and I/O failures exit 1 with the exception's own message, on one line with control characters as {@code ?}. Stack traces only with {@code --debug} or
 * {@code FMNIST_DEBUG=1}.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {
    private final PrintStream err;
    private final BooleanSupplier debug;

    ErrorReporter(PrintStream err, BooleanSupplier debug) {
        this.err = err;
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        err.println("fmnist: " + printable(oneLine(ex.getMessage())));
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            err.println("Did you mean: " + String.join(", ", u.getSuggestions()) + "?");
        }
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        if (debug.getAsBoolean()) {
            ex.printStackTrace(err);
        }
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (cause instanceof IOException) {
            err.println("fmnist: " + printable(message(cause)));
        } else {
            err.println("fmnist: unexpected error: " + cause + (debug.getAsBoolean() ? ""
                    : " (run with --debug or FMNIST_DEBUG=1 for details, and report it)"));
        }
        if (debug.getAsBoolean()) {
            ex.printStackTrace(err);
        }
        return ExitCode.FAILURE;
    }

    /** The message of an I/O failure; the JDK's file exceptions often carry only a path, so say what happened. */
    private static String message(Throwable e) {
        if (e instanceof FileSystemException f && f.getReason() == null) {
            String what = e instanceof NoSuchFileException ? "no such file or directory"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileAlreadyExistsException ? "already exists (and is not a directory)"
                    : e instanceof NotDirectoryException ? "not a directory"
                    : e instanceof DirectoryNotEmptyException ? "is a directory that is not empty"
                    : e.getClass().getSimpleName();
            return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": " + what;
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /**
     * A message as one line that cannot drive the terminal: line breaks become spaces and other control characters
     * (escape sequences, bells from file names or file contents) {@code ?}.
     */
    private static String printable(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("\\p{Cntrl}", "?");
    }

    private static String oneLine(String s) {
        return s == null ? "invalid arguments" : s.strip().replaceFirst("^Error: ", "").replaceAll("\\s*\\R\\s*", " ");
    }
}
