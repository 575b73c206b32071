package dev.fmnist.classic.results;

import dev.fmnist.classic.grid.Configuration;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The results directory of a benchmark: {@code results.jsonl}, one line per configuration and dataset (the
 * original benchmark's format plus ours), and {@code repeats.jsonl}, one line per finished job, from which an
 * interrupted run resumes without redoing the repeats it had finished. Both are append-only; for a configuration
 * found more than once, the last line counts. Only one benchmark at a time may write to a directory.
 */
public final class ResultsStore implements AutoCloseable {
    /** The results file's name. */
    public static final String RESULTS = "results.jsonl";
    /** The repeats journal's name. */
    public static final String REPEATS = "repeats.jsonl";

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JsonLinesFile<ResultRecord> results;
    private final JsonLinesFile<RepeatRecord> repeats;
    private final ResultsIndex index = new ResultsIndex();

    private ResultsStore(Path dir, FileChannel lockChannel, FileLock lock) throws IOException {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.results = new JsonLinesFile<>(dir.resolve(RESULTS), ResultRecord.class, FullRecords::missing);
        this.repeats = new JsonLinesFile<>(dir.resolve(REPEATS), RepeatRecord.class, FullRecords::missing);
        results.records().forEach(index::add);
        repeats.records().forEach(index::add);
    }

    /**
     * Opens (creating if needed) a results directory, repairing files a killed run left half-written.
     *
     * @throws IOException if another benchmark is writing to it, or it cannot be read or written
     */
    public static ResultsStore open(Path dir) throws IOException {
        Files.createDirectories(dir);
        FileChannel ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new IOException("another benchmark is writing to " + dir + "; wait for it to finish or pass "
                    + "another --out directory");
        }
        try {
            return new ResultsStore(dir, ch, lock);
        } catch (IOException | RuntimeException e) {
            lock.release();
            ch.close();
            throw e;
        }
    }

    /** The directory. */
    public Path dir() {
        return dir;
    }

    /** The latest result of a configuration on a dataset, if there is one. */
    public Optional<ResultRecord> result(String dataset, Configuration c) {
        return index.result(dataset, c);
    }

    /** Every configuration's latest result, in the order first recorded. */
    public List<ResultRecord> results() {
        return index.results();
    }

    /** The finished jobs of a configuration on a dataset in the journal, in the order written. */
    public List<RepeatRecord> repeats(String dataset, Configuration c) {
        return index.repeats(dataset, c);
    }

    /** Appends a finished job to the journal (flushed to disk). */
    public void append(RepeatRecord r) throws IOException {
        repeats.append(r);
        index.add(r);
    }

    /** Appends a configuration's result (flushed to disk). */
    public synchronized void append(ResultRecord r) throws IOException {
        results.append(r);
        index.add(r);
    }

    /** What opening the files had to repair or skip, for the user. */
    public List<String> warnings() {
        List<String> all = new ArrayList<>(results.warnings());
        all.addAll(repeats.warnings());
        return all;
    }

    @Override
    public void close() throws IOException {
        try {
            results.close();
            repeats.close();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }
}
