package dev.fmnist.cli.commands;

import dev.fmnist.cli.ExitCode;
import dev.fmnist.cli.Verb;
import dev.fmnist.cli.verify.FileCheck;
import dev.fmnist.cli.verify.IdxFileChecker;
import dev.fmnist.data.DatasetFiles;
import dev.fmnist.data.io.PrintableText;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.source.DataStore;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code fmnist verify}: checks a dataset's files, or any IDX files, and reports every problem found.
 * Exit code 1 if there is any.
 */
@Command(name = "verify", sortOptions = false,
        description = {"Check a dataset's files, or IDX files, and report every problem.",
                "Finds unreadable or missing files, bad headers, sizes that disagree with the header, corrupt gzip "
                        + "streams, HTML pages saved as data, and for files named like a dataset file "
                        + "(train-images-idx3-ubyte.gz...) the wrong shape, label range or checksum.",
                "DATASET checks the files in --data DIR (or FMNIST_DATA) if given, otherwise the copy in the cache "
                        + "or a system package's directory; nothing is downloaded. A directory checks the dataset "
                        + "files in it.",
                "Exits with 1 if anything is wrong."},
        footer = {"", "Examples:", "  fmnist verify fashion", "  fmnist --data ~/Downloads/fashion verify fashion",
                "  fmnist verify train-images-idx3-ubyte.gz t10k-labels-idx1-ubyte.gz"})
public final class VerifyCommand extends Verb {
    @Parameters(paramLabel = "DATASET|FILE", arity = "1..*",
            description = "A dataset name (fashion, mnist, kmnist), or IDX files or directories.")
    private List<String> targets;

    @Override
    public Integer call() throws IOException {
        Optional<DatasetSpec> dataset = targets.size() == 1 && !Files.exists(Path.of(targets.get(0)))
                ? Datasets.find(targets.get(0)) : Optional.empty();
        String only = targets.get(0);
        if (targets.size() == 1 && dataset.isEmpty() && !Files.exists(Path.of(only)) && !only.contains("/")
                && !only.contains(".")) {
            throw usageError("'" + only + "' is neither a dataset (" + String.join(", ", Datasets.names())
                    + ") nor an existing file or directory");
        }
        List<FileCheck> checks;
        if (dataset.isPresent()) {
            checks = checkDataset(dataset.get());
        } else {
            checks = new ArrayList<>();
            for (String t : targets) {
                for (Path p : expand(Path.of(t))) {
                    checks.add(IdxFileChecker.check(p));
                }
            }
        }
        checks = IdxFileChecker.checkPairs(checks);
        int bad = 0;
        for (FileCheck c : checks) {
            report(c);
            bad += c.ok() ? 0 : 1;
        }
        out().println(bad == 0 ? "all " + checks.size() + " files are sound"
                : bad + " of " + checks.size() + " files have problems");
        return bad == 0 ? ExitCode.OK : ExitCode.FAILURE;
    }

    /**
     * Checks the copy of a dataset that loading would use first: the explicit directory if one is set, otherwise
     * the cache, otherwise a system package's directory. Nothing is fetched.
     */
    private List<FileCheck> checkDataset(DatasetSpec spec) throws IOException {
        DataStore store = fmnist().store();
        List<Path> places = new ArrayList<>();
        if (store.dataDir() != null) {
            places.add(store.dataDir());
        } else {
            places.add(store.cacheDir().resolve(spec.name()));
            spec.systemDirs().forEach(d -> places.add(Path.of(d)));
        }
        Path dir = places.stream().filter(IdxFileChecker::holdsDatasetFiles).findFirst().orElseThrow(() ->
                new FileNotFoundException("no copy of " + spec.title() + " on this machine (looked in "
                        + places.stream().map(Path::toString).collect(Collectors.joining(", ")) + "); run 'fmnist fetch "
                        + spec.name() + "' first, or give the folder with --data DIR"));
        out().println("Checking " + spec.title() + " in " + dir);
        List<FileCheck> checks = new ArrayList<>();
        for (FileRole role : FileRole.values()) {
            checks.add(DatasetFiles.find(dir, role).map(f -> IdxFileChecker.check(f, spec, role)).orElseGet(() ->
                    new FileCheck(dir.resolve(role.gzipName()), role, null, "",
                            List.of("missing (looked for " + String.join(", ", role.acceptedNames()) + ")"))));
        }
        return checks;
    }

    /** A file as itself; a directory as the dataset files in it (or itself, reported as holding none). */
    private static List<Path> expand(Path target) throws IOException {
        List<Path> files = IdxFileChecker.datasetFiles(target);
        return files.isEmpty() ? List.of(target) : files;
    }

    /** Prints what a check found; control characters from a file's name or content are printed as {@code ?}. */
    private void report(FileCheck c) {
        if (c.ok()) {
            line("OK    " + c.path() + ": " + c.summary());
            return;
        }
        line("FAIL  " + c.path() + (c.summary().isEmpty() ? "" : ": " + c.summary()));
        for (String p : c.problems()) {
            line("      - " + p);
        }
    }

    private void line(String text) {
        out().println(PrintableText.of(text));
    }
}
