package dev.fmnist.cli.commands;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fmnist.cli.DatasetConverter;
import dev.fmnist.cli.ExitCode;
import dev.fmnist.cli.Json;
import dev.fmnist.cli.Verb;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.FileProvenance;
import dev.fmnist.data.Split;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.source.DataStore;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fmnist info}: where a dataset's files came from, their checksums, and for each split its size, per-class
 * counts and pixel statistics. {@code --json} prints one JSON object that scripts rely on (see docs/cli.md).
 */
@Command(name = "info", sortOptions = false,
        description = {"Describe a dataset: sources, files, hashes and statistics.",
                "Prints the sources in the order tried, each file with its source and payload SHA-256, and for each "
                        + "split the count, shape, per-label counts with names, and pixel mean and standard deviation."},
        footer = {"", "Examples:", "  fmnist info fashion", "  fmnist info mnist --json"})
public final class InfoCommand extends Verb {
    @Parameters(paramLabel = "DATASET", converter = DatasetConverter.class,
            description = "fashion, mnist or kmnist.")
    private DatasetSpec dataset;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    /** A split with its pixel statistics. */
    private record SplitStats(Split split, double mean, double std, int[] labelCounts) {
        static SplitStats of(Split s) {
            return new SplitStats(s, s.pixelMean(), s.pixelStd(), s.labelCounts());
        }
    }

    @Override
    public Integer call() throws IOException {
        DataStore store = fmnist().store();
        Dataset data = store.load(dataset);
        List<SplitStats> stats = statistics(data);
        if (json) {
            writeJson(data, store.sourceOrder(dataset), stats);
        } else {
            writeText(data, store.sourceOrder(dataset), stats);
        }
        return ExitCode.OK;
    }

    /** Both splits' statistics, the test split's in a second thread while this one does the training split's. */
    private static List<SplitStats> statistics(Dataset data) {
        FutureTask<SplitStats> test = new FutureTask<>(() -> SplitStats.of(data.test()));
        Thread worker = new Thread(test, "fmnist-info-test");
        worker.setDaemon(true);
        worker.start();
        SplitStats train = SplitStats.of(data.train());
        try {
            return List.of(train, test.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void writeText(Dataset data, List<String> sources, List<SplitStats> stats) {
        var out = out();
        out.println(data.spec().title() + " (" + data.name() + "), " + data.labelNames().size() + " classes");
        out.println();
        out.println("Sources, in the order tried:");
        for (int i = 0; i < sources.size(); i++) {
            out.printf("  %d. %s%n", i + 1, sources.get(i));
        }
        out.println();
        out.println("Files (SHA-256 of the decompressed payload, verified):");
        for (FileProvenance f : data.provenance()) {
            out.printf("  %-24s %s%n    from %s: %s%n", f.role().baseName(), f.payloadSha256(), f.source(), f.path());
        }
        for (SplitStats s : stats) {
            Split split = s.split();
            out.println();
            out.printf(Locale.ROOT, "%s: %,d images of %dx%d, pixel mean %.4f, std %.4f (0..255)%n", split.name(),
                    split.count(), split.rows(), split.cols(), s.mean(), s.std());
            for (int c = 0; c < s.labelCounts().length; c++) {
                out.printf(Locale.ROOT, "  %d  %-12s %,7d%n", c, split.labelNames().get(c), s.labelCounts()[c]);
            }
        }
    }

    private void writeJson(Dataset data, List<String> sources, List<SplitStats> stats) throws IOException {
        try (JsonGenerator g = Json.generator(out())) {
            g.writeStartObject();
            g.writeStringField("dataset", data.name());
            g.writeStringField("title", data.spec().title());
            g.writeFieldName("label_names");
            g.writeArray(data.labelNames().toArray(new String[0]), 0, data.labelNames().size());
            g.writeFieldName("sources");
            g.writeArray(sources.toArray(new String[0]), 0, sources.size());
            g.writeArrayFieldStart("files");
            for (FileProvenance f : data.provenance()) {
                g.writeStartObject();
                g.writeStringField("file", f.role().baseName());
                g.writeStringField("split", f.role().split());
                g.writeStringField("kind", f.role().isImages() ? "images" : "labels");
                g.writeStringField("source", f.source());
                g.writeStringField("path", f.path().toString());
                g.writeStringField("sha256", f.payloadSha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("splits");
            for (SplitStats s : stats) {
                writeSplit(g, data, s);
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        out().println();
    }

    private static void writeSplit(JsonGenerator g, Dataset data, SplitStats s) throws IOException {
        Split split = s.split();
        g.writeObjectFieldStart(split.name());
        g.writeNumberField("count", split.count());
        g.writeNumberField("rows", split.rows());
        g.writeNumberField("cols", split.cols());
        Json.intArray(g, "label_counts", s.labelCounts());
        g.writeNumberField("pixel_mean", s.mean());
        g.writeNumberField("pixel_std", s.std());
        g.writeObjectFieldStart("sha256");
        boolean train = split.name().equals("train");
        g.writeStringField("images", sha(data, train ? FileRole.TRAIN_IMAGES : FileRole.TEST_IMAGES));
        g.writeStringField("labels", sha(data, train ? FileRole.TRAIN_LABELS : FileRole.TEST_LABELS));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static String sha(Dataset data, FileRole role) {
        return data.provenance().stream().filter(f -> f.role() == role).findFirst()
                .map(FileProvenance::payloadSha256).orElseThrow();
    }
}
