package dev.fmnist.classic.results;

import dev.fmnist.classic.grid.Configuration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a results directory holds, by configuration and dataset: each one's latest result and its finished jobs.
 * The {@link ResultsStore} keeps one up to date as it appends; {@link #read} takes one without the directory's lock,
 * so that a dry run can plan while a benchmark is still writing there.
 */
public final class ResultsIndex {
    private final Map<String, ResultRecord> latest = new LinkedHashMap<>();
    private final Map<String, List<RepeatRecord>> repeatsByKey = new LinkedHashMap<>();

    ResultsIndex() {
    }

    /** Nothing recorded: a directory that does not exist yet. */
    public static ResultsIndex empty() {
        return new ResultsIndex();
    }

    /**
     * Reads a results directory as it is now, without taking its lock or repairing it: a last line still being
     * written, and lines that are not full records, are left out.
     *
     * @throws IOException when a file cannot be read, is not a file, or is too large to be a results file
     */
    public static ResultsIndex read(Path dir) throws IOException {
        ResultsIndex index = new ResultsIndex();
        Path results = dir.resolve(ResultsStore.RESULTS);
        if (ResultsReader.readable(results, dir)) {
            JsonLines.read(results, ResultRecord.class, FullRecords::missing).records().forEach(index::add);
        }
        Path repeats = dir.resolve(ResultsStore.REPEATS);
        if (ResultsReader.readable(repeats, dir)) {
            JsonLines.read(repeats, RepeatRecord.class, FullRecords::missing).records().forEach(index::add);
        }
        return index;
    }

    /** The latest result of a configuration on a dataset, if there is one. */
    public synchronized Optional<ResultRecord> result(String dataset, Configuration c) {
        return Optional.ofNullable(latest.get(ResultRecord.key(dataset, c)));
    }

    /** Every configuration's latest result, in the order first recorded. */
    public synchronized List<ResultRecord> results() {
        return List.copyOf(latest.values());
    }

    /** The finished jobs of a configuration on a dataset in the journal, in the order written. */
    public synchronized List<RepeatRecord> repeats(String dataset, Configuration c) {
        return List.copyOf(repeatsByKey.getOrDefault(ResultRecord.key(dataset, c), List.of()));
    }

    synchronized void add(ResultRecord r) {
        latest.put(r.key(), r);
    }

    synchronized void add(RepeatRecord r) {
        repeatsByKey.computeIfAbsent(ResultRecord.key(r.dataset(), new Configuration(r.name(), r.parameter())),
                k -> new ArrayList<>()).add(r);
    }
}
