package dev.fmnist.cli.dashboard;

import dev.fmnist.dashboard.model.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where {@code serve} and {@code report} read from: results and models directories. */
final class DashboardOptions {
    /** The results directory read when none is given: {@code fmnist benchmark}'s default. */
    static final Path DEFAULT_RESULTS = Path.of("results");
    /** The models directory read when none is given: where {@code fmnist train} writes by default. */
    static final Path DEFAULT_MODELS = Path.of(".");

    @Option(names = "--results", paramLabel = "DIR", arity = "1..*",
            description = "Benchmark results directories (DIR/results.jsonl; repeatable; default: results, "
                    + "or fmnist's reference results when it holds none).")
    private List<Path> results = new ArrayList<>();

    @Option(names = "--models", paramLabel = "DIR", arity = "1..*",
            description = "Directories of fmnist train's models (*.model, *.model.history.json; repeatable; "
                    + "default: the current directory).")
    private List<Path> models = new ArrayList<>();

    /**
     * The sources; a directory given that does not exist is an error (the defaults may be missing).
     *
     * @throws IOException naming the directory and the option
     */
    Sources sources() throws IOException {
        return new Sources(dirs("--results", results, DEFAULT_RESULTS), dirs("--models", models, DEFAULT_MODELS));
    }

    private static List<Path> dirs(String option, List<Path> given, Path fallback) throws IOException {
        if (given.isEmpty()) {
            return List.of(fallback);
        }
        for (Path d : given) {
            if (!Files.exists(d)) {
                throw new NoSuchFileException(d.toString(), null, "no such directory (" + option + ")");
            }
            if (!Files.isDirectory(d)) {
                throw new IOException(d + " (" + option + ") is a file, not a directory; give the directory that holds it");
            }
        }
        return List.copyOf(given);
    }
}
