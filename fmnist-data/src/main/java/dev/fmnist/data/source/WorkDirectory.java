package dev.fmnist.data.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary directory where a package client works, and the processes working in it. Closing it, or the JVM
 * shutting down first (Ctrl-C, {@code kill}), kills those processes with all their children and deletes the
 * directory, so that neither a package nor a stray client outlives the fetch. A process starts and is recorded under
 * the lock the clean-up takes, so none can start unrecorded while the JVM shuts down, nor after the clean-up.
 */
final class WorkDirectory implements AutoCloseable {
    private final Path dir;
    private final List<Process> processes = new ArrayList<>();
    private final Thread onShutdown;
    private boolean cleaned;

    private WorkDirectory(Path dir) {
        this.dir = dir;
        this.onShutdown = new Thread(this::cleanUp, "fmnist-cleanup-" + dir.getFileName());
    }

    /** A new empty directory in the system's temporary directory, named {@code <prefix><random>}. */
    static WorkDirectory create(String prefix) throws IOException {
        WorkDirectory work = new WorkDirectory(Files.createTempDirectory(prefix));
        Runtime.getRuntime().addShutdownHook(work.onShutdown);
        return work;
    }

    Path path() {
        return dir;
    }

    /**
     * Starts a process that works here and ends with the directory.
     *
     * @throws IOException when it cannot start, or the directory is already being cleaned up (the fetch is ending)
     */
    synchronized Process start(ProcessBuilder builder) throws IOException {
        if (cleaned) {
            throw new IOException("not starting " + builder.command().get(0) + ": the fetch in " + dir + " is ending");
        }
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    /** Kills a process and every process it started (children first would leave them to be reparented). */
    static void killTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException e) {
            return; // the JVM is shutting down: the hook cleans up
        }
        try {
            cleanUp();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private synchronized void cleanUp() {
        cleaned = true;
        processes.stream().filter(Process::isAlive).forEach(WorkDirectory::killTree);
        for (Process p : processes) {
            p.onExit().join();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
