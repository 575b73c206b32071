package dev.fmnist.classic.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a results directory without taking its lock or repairing it, so that pictures and reports can be made
 * while a benchmark is still writing to it. Lines that are not results are skipped and named in one warning.
 */
public final class ResultsReader {
    /** The largest results file read: a full grid on two datasets is a few megabytes. */
    static final long MAX_BYTES = 256L << 20;
    private static final int NAMED_LINES = 5;

    private ResultsReader() {
    }

    /**
     * What a results file holds.
     *
     * @param results every configuration's latest result on each dataset, in the order first recorded
     * @param skipped lines that are not results
     * @param warning one line naming the skipped lines, or null when none was skipped
     */
    public record Results(List<ResultRecord> results, int skipped, String warning) {
    }

    /**
     * Reads {@code DIR/results.jsonl}.
     *
     * @throws IOException when the file is missing, too large to be a results file, or unreadable
     */
    public static Results read(Path dir) throws IOException {
        Path file = dir.resolve(ResultsStore.RESULTS);
        if (!readable(file, dir)) {
            throw new NoSuchFileException(file.toString(), null, Files.isDirectory(dir)
                    ? "no results here; run 'fmnist benchmark --out " + dir + "' first"
                    : "no such results directory");
        }
        JsonLines.Read<ResultRecord> lines = JsonLines.read(file, ResultRecord.class, FullRecords::missing);
        Map<String, ResultRecord> latest = new LinkedHashMap<>();
        lines.records().forEach(r -> latest.put(r.key(), r));
        List<Integer> bad = lines.badLines();
        String warning = null;
        if (!bad.isEmpty()) {
            warning = file + ": skipped " + bad.size() + (bad.size() == 1 ? " line that is" : " lines that are")
                    + " not a result (line " + bad.stream().limit(NAMED_LINES).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + (bad.size() > NAMED_LINES ? ", ..." : "") + "; line "
                    + bad.get(0) + ": " + oneLine(lines.problems().get(0)) + ")";
        }
        return new Results(List.copyOf(latest.values()), bad.size(), warning);
    }

    /**
     * Whether a file of results directory {@code dir} is there to be read: false when there is none; refused when it
     * is not a plain file or is too large to be a results file or journal, before it is read.
     */
    static boolean readable(Path file, Path dir) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is not a file (" + (Files.isDirectory(file) ? "a directory"
                    : Files.isSymbolicLink(file) ? "a link that leads to no file" : "a device or pipe")
                    + "); it should be the " + (file.getFileName().toString().equals(ResultsStore.RESULTS)
                    ? "results file" : "journal") + " that 'fmnist benchmark --out " + dir + "' writes");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException(file + " is " + (size >> 20) + " MiB, more than a results file can be ("
                    + (MAX_BYTES >> 20) + " MiB); is it one?");
        }
        return true;
    }

    private static String oneLine(String problem) {
        String s = String.valueOf(problem).replaceAll("\\s+", " ").strip();
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
