package dev.fmnist.data.source;

import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a package client ({@code apt-get}, {@code dpkg-deb}, {@code npm}) found on a search path, with the system's
 * own configuration (the inherited environment), within a time limit. A missing program, a non-zero exit or a
 * timeout is an {@link IOException} that quotes the end of the program's error output.
 */
final class ExternalCommand {
    private final String searchPath;
    private final Duration timeout;

    /**
     * @param searchPath directories to look in, separated as in {@code PATH}
     * @param timeout    how long one command may run
     */
    ExternalCommand(String searchPath, Duration timeout) {
        this.searchPath = searchPath;
        this.timeout = timeout;
    }

    /** Runs a command in {@code dir} and waits for it to succeed. */
    void run(Path dir, String... command) throws IOException {
        finish(start(dir, ProcessBuilder.Redirect.DISCARD, command), dir, command);
    }

    /**
     * Starts a command in {@code dir} whose standard output is read as a stream; closing the stream waits for the
     * command and fails if it did not succeed.
     */
    InputStream output(Path dir, String... command) throws IOException {
        Process p = start(dir, ProcessBuilder.Redirect.PIPE, command);
        CompletableFuture<?> watchdog = CompletableFuture.runAsync(p::destroyForcibly,
                CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
        return new FilterInputStream(p.getInputStream()) {
            @Override
            public void close() throws IOException {
                super.close();
                watchdog.cancel(false);
                finish(p, dir, command);
            }
        };
    }

    private Process start(Path dir, ProcessBuilder.Redirect output, String... command) throws IOException {
        String program = command[0];
        Path executable = find(program);
        List<String> line = new ArrayList<>(Arrays.asList(command));
        line.set(0, executable.toString());
        ProcessBuilder pb = new ProcessBuilder(line).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectOutput(output)
                .redirectError(errorLog(dir, program).toFile());
        pb.environment().put("PATH", searchPath);
        return pb.start();
    }

    private void finish(Process p, Path dir, String... command) throws IOException {
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within " + timeout.toSeconds()
                        + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while running " + command[0]);
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + ")"
                    + errorTail(errorLog(dir, command[0])));
        }
    }

    /** The program of a name on the search path. */
    private Path find(String program) throws IOException {
        for (String d : searchPath.split(File.pathSeparator)) {
            if (!d.isEmpty()) {
                Path p = Path.of(d, program);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        throw new IOException(program + " not found on the PATH");
    }

    private static Path errorLog(Path dir, String program) {
        return dir.resolve(program + ".stderr");
    }

    private static String errorTail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return lines.isEmpty() ? "" : ": " + String.join(" | ", lines.subList(Math.max(0, lines.size() - 3),
                lines.size()));
    }
}
