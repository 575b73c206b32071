package dev.fmnist.cli.dashboard;

import dev.fmnist.dashboard.model.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * The sources; a directory given that does not exist is an error (the defaults may be missing). A directory given
     * twice, under any spelling and in either option, is read once, under its first spelling.
     *
     * @throws IOException naming the directory and the option
     */
    Sources sources() throws IOException {
        Map<Path, Path> spellings = new HashMap<>();
        List<Path> r = dirs("--results", results, DEFAULT_RESULTS, spellings);
        return new Sources(r, dirs("--models", models, DEFAULT_MODELS, spellings));
    }

    private static List<Path> dirs(String option, List<Path> given, Path fallback, Map<Path, Path> spellings)
            throws IOException {
        if (given.isEmpty()) {
            return List.of(firstSpelling(fallback, spellings));
        }
        Set<Path> dirs = new LinkedHashSet<>();
        for (Path d : given) {
            if (!Files.exists(d)) {
                throw new NoSuchFileException(d.toString(), null, "no such directory (" + option + ")");
            }
            if (!Files.isDirectory(d)) {
                throw new IOException(d + " (" + option + ") is a file, not a directory; give the directory that holds it");
            }
            dirs.add(firstSpelling(d, spellings));
        }
        return List.copyOf(dirs);
    }

    /** The spelling under which {@code dir} was first given, keyed by its real path; itself when it is missing. */
    private static Path firstSpelling(Path dir, Map<Path, Path> spellings) throws IOException {
        if (!Files.isDirectory(dir)) {
            return dir;
        }
        return spellings.computeIfAbsent(dir.toRealPath(), real -> dir);
    }
}
