package dev.fmnist.cli.plot;

import dev.fmnist.classic.results.ResultRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.CommandLine.Option;

/**
 * Where a chart of one classifier comes from: a benchmark's results directory, with the choice of a result in it, or
 * a saved network. Shared by the charts that take either.
 */
final class Source {
    @Option(names = "--results", paramLabel = "DIR", description = "A benchmark's results directory.")
    private Path results;

    @Option(names = "--name", paramLabel = "FAMILY", description = "Results: the family (default: any).")
    private String family;

    @Option(names = "--dataset", paramLabel = "D", description = "Results: the dataset (default: the first).")
    private String dataset;

    @Option(names = "--param", paramLabel = "K=V",
            description = "Results: only configurations with this parameter value (repeatable).")
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--model", paramLabel = "FILE", description = "A network saved by fmnist train.")
    private Path model;

    /** The results directory, or null when a model is given. */
    Path results() {
        return results;
    }

    /** The model file, or null when results are given. */
    Path model() {
        return model;
    }

    /** A usage error unless exactly one of {@code --results} and {@code --model} is given. */
    void requireOne(Function<String, RuntimeException> usage) {
        if ((results == null) == (model == null)) {
            throw usage.apply("give either --results DIR (a benchmark's results) or --model FILE (a saved network)");
        }
    }

    /**
     * The most accurate successful result the options choose, among those {@code usable} accepts.
     *
     * @see ResultsChoice#best
     */
    ResultRecord best(PrintStream err, Predicate<ResultRecord> usable, String unusable,
                      Function<String, RuntimeException> usage) throws IOException {
        return ResultsChoice.read(results, err).best(family, dataset, params, usable, unusable, usage);
    }
}
