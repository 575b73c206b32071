package dev.fmnist.cli.dashboard;

import dev.fmnist.cli.ExitCode;
import dev.fmnist.cli.OutputFiles;
import dev.fmnist.cli.Verb;
import dev.fmnist.dashboard.Dashboard;
import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.data.registry.Datasets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fmnist report}: the dashboard as one self-contained HTML file. */
@Command(name = "report", sortOptions = false,
        description = {"Write the results dashboard as one HTML file that opens from disk.",
                "The same dashboard as fmnist serve, in one file with everything inlined (scripts, data, the test "
                        + "images): it needs no server and no network, and can be mailed or archived."},
        footer = {"", "Examples:", "  fmnist report --out dashboard.html",
                "  fmnist report --results results runs/big --models models --out report.html"})
public final class ReportCommand extends Verb {
    @Mixin
    private DashboardOptions options;

    @Option(names = "--out", paramLabel = "FILE.html", required = true, description = "The file to write.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        OutputFiles.checkWritable("--out", out);
        long bytes = Dashboard.report(options.sources(), new DatasetCache(name -> load(Datasets.get(name))), out);
        out().println("fmnist: wrote " + out + String.format(Locale.ROOT, " (%.1f MB)", bytes / 1e6));
        return ExitCode.OK;
    }
}
