package dev.fmnist.data.source;

import dev.fmnist.data.io.PrintableText;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
 * own configuration (the inherited environment), within a time limit, in a {@link WorkDirectory} that ends it. A
 * missing program, a non-zero exit or a timeout is an {@link IOException} that quotes the end of the program's
 * error output; on a timeout or an interruption the program is killed with every process it started.
 */
final class ExternalCommand {
    private static final int TAIL_BYTES = 8192;
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

    /** Runs a command in {@code work} and waits for it to succeed. */
    void run(WorkDirectory work, String... command) throws IOException {
        finish(start(work, ProcessBuilder.Redirect.DISCARD, command), work.path(), command);
    }

    /**
     * Starts a command in {@code work} whose standard output is read as a stream; closing the stream waits for the
     * command and fails if it did not succeed.
     */
    InputStream output(WorkDirectory work, String... command) throws IOException {
        Path dir = work.path();
        Process p = start(work, ProcessBuilder.Redirect.PIPE, command);
        CompletableFuture<?> watchdog = CompletableFuture.runAsync(() -> WorkDirectory.killTree(p),
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

    private Process start(WorkDirectory work, ProcessBuilder.Redirect output, String... command) throws IOException {
        Path dir = work.path();
        String program = command[0];
        Path executable = find(program);
        List<String> line = new ArrayList<>(Arrays.asList(command));
        line.set(0, executable.toString());
        ProcessBuilder pb = new ProcessBuilder(line).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectOutput(output)
                .redirectError(errorLog(dir, program).toFile());
        pb.environment().put("PATH", searchPath);
        return work.start(pb);
    }

    private void finish(Process p, Path dir, String... command) throws IOException {
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                WorkDirectory.killTree(p);
                throw new IOException(String.join(" ", command) + " did not finish within " + timeout.toSeconds()
                        + " s (set FMNIST_CLIENT_TIMEOUT or -Dfmnist.clientTimeout to allow more, e.g. 900 or 15m)");
            }
        } catch (InterruptedException e) {
            WorkDirectory.killTree(p);
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

    /**
     * The last three non-empty lines of a program's error output, read from at most its last {@link #TAIL_BYTES}
     * bytes, decoded leniently (bytes that are not UTF-8 become U+FFFD) and with control characters as {@code ?}.
     */
    private static String errorTail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        byte[] tail;
        try (FileChannel ch = FileChannel.open(log)) {
            ByteBuffer b = ByteBuffer.allocate((int) Math.min(ch.size(), TAIL_BYTES));
            ch.read(b, ch.size() - b.capacity());
            tail = Arrays.copyOf(b.array(), b.position());
        }
        List<String> lines = new String(tail, StandardCharsets.UTF_8).lines()
                .map(line -> PrintableText.of(line.strip())).filter(s -> !s.isEmpty()).toList();
        return lines.isEmpty() ? "" : ": " + String.join(" | ", lines.subList(Math.max(0, lines.size() - 3),
                lines.size()));
    }
}
