package dev.fmnist.cli.plot;

import dev.fmnist.classic.grid.ParameterValues;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.classic.results.ResultsReader;
import dev.fmnist.classic.results.ResultsStore;
import dev.fmnist.classic.job.JobStatus;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.Datasets;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The results of a benchmark's directory that a chart draws from: read without locking it (a benchmark may still be
 * writing), lines that are not results skipped with one warning, and the choice of one result.
 */
final class ResultsChoice {
    private final Path dir;
    private final List<ResultRecord> results;

    private ResultsChoice(Path dir, List<ResultRecord> results) {
        this.dir = dir;
        this.results = results;
    }

    /**
     * Reads a results directory, warning on {@code err} about lines skipped.
     *
     * @throws IOException when it holds no results
     */
    static ResultsChoice read(Path dir, PrintStream err) throws IOException {
        ResultsReader.Results read = ResultsReader.read(dir);
        if (read.warning() != null) {
            err.println("fmnist: warning: " + read.warning());
        }
        if (read.results().isEmpty()) {
            throw new IOException(dir.resolve(ResultsStore.RESULTS) + " holds no results"
                    + (read.skipped() > 0 ? " (all its lines were skipped)" : "") + "; run 'fmnist benchmark --out "
                    + dir + "' first");
        }
        return new ResultsChoice(dir, read.results());
    }

    /** Every result, in the order first recorded. */
    List<ResultRecord> results() {
        return results;
    }

    /** The datasets of the results, in the order first recorded. */
    List<String> datasets() {
        Set<String> names = new LinkedHashSet<>();
        results.forEach(r -> names.add(r.dataset()));
        return List.copyOf(names);
    }

    /** Whether a result succeeded, with a mean accuracy. */
    static boolean succeeded(ResultRecord r) {
        return r.status() == JobStatus.OK && r.meanAccuracy() != null && r.numRepeat() > 0;
    }

    /**
     * The most accurate successful result of a family (any, when null) on a dataset (the first, when null) whose
     * parameters include {@code params}, among those that {@code usable} accepts.
     *
     * @param usage    makes the usage error to throw for an unknown dataset or family, or parameters none has
     * @param unusable what to say when results match but none is usable
     * @throws IOException when no matching result succeeded or is usable
     */
    ResultRecord best(String family, String dataset, Map<String, String> params, Predicate<ResultRecord> usable,
                      String unusable, Function<String, RuntimeException> usage) throws IOException {
        String d = dataset == null ? datasets().get(0) : dataset;
        if (!datasets().contains(d)) {
            throw usage.apply("--dataset " + d + ": " + dir + " holds results on " + String.join(", ", datasets())
                    + " only");
        }
        List<ResultRecord> onDataset = results.stream().filter(r -> r.dataset().equals(d)).toList();
        Set<String> families = new LinkedHashSet<>();
        onDataset.forEach(r -> families.add(r.name()));
        if (family != null && !families.contains(family)) {
            throw usage.apply("--name " + family + ": " + dir + " holds no result of it on " + d + "; its families: "
                    + String.join(", ", families));
        }
        List<ResultRecord> matching = onDataset.stream()
                .filter(r -> family == null || r.name().equals(family))
                .filter(r -> params.entrySet().stream().allMatch(p -> hasParameter(r, p.getKey(), p.getValue())))
                .toList();
        String what = (family == null ? "result" : family + " result") + " on " + d
                + (params.isEmpty() ? "" : " with " + params);
        if (matching.isEmpty()) {
            throw usage.apply("no " + what + " in " + dir);
        }
        List<ResultRecord> ok = matching.stream().filter(ResultsChoice::succeeded).toList();
        if (ok.isEmpty()) {
            throw new IOException("no " + what + " in " + dir + " succeeded (" + matching.get(0).status() + ": "
                    + matching.get(0).error() + ")");
        }
        return ok.stream().filter(usable).max(Comparator.comparingDouble(ResultRecord::meanAccuracy))
                .orElseThrow(() -> new IOException("the " + what + " in " + dir + " " + unusable));
    }

    /** Whether a result's parameter {@code name} has {@code value} (numbers by value: 10 is 10.0). */
    private static boolean hasParameter(ResultRecord r, String name, String value) {
        if (!r.parameter().containsKey(name)) {
            return false;
        }
        Object v = r.parameter().get(name);
        if (ParameterValues.text(v).equals(value)) {
            return true;
        }
        try {
            return ParameterValues.same(v, Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The registered dataset of a result; a name this fmnist does not know is a data error. */
    static DatasetSpec dataset(ResultRecord r) throws IOException {
        return Datasets.find(r.dataset()).orElseThrow(() -> new IOException("a result names dataset '"
                + r.dataset() + "', which this fmnist does not know; known: " + String.join(", ", Datasets.names())));
    }

    /** A result as a chart title: family, parameters, dataset and repeats. */
    static String title(ResultRecord r) throws IOException {
        return r.configuration().key() + " on " + dataset(r).title() + " test"
                + (r.numRepeat() > 1 ? ", " + r.numRepeat() + " repeats" : "");
    }
}
