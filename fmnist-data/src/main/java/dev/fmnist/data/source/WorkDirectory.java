package dev.fmnist.data.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A temporary directory where a package client works, and the processes working in it. Closing it, or the JVM
 * shutting down first (Ctrl-C, {@code kill}), kills those processes with all their children and deletes the
 * directory, so that neither a package nor a stray client outlives the fetch.
 */
final class WorkDirectory implements AutoCloseable {
    private final Path dir;
    private final List<Process> processes = new CopyOnWriteArrayList<>();
    private final Thread onShutdown;

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

    /** Makes a process that works here end with the directory. */
    void adopt(Process process) {
        processes.add(process);
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

    private void cleanUp() {
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
