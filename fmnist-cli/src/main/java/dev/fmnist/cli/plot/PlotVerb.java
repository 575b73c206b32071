package dev.fmnist.cli.plot;

import dev.fmnist.cli.OutputFiles;
import dev.fmnist.cli.Pictures;
import dev.fmnist.cli.Verb;
import dev.fmnist.data.Split;
import dev.fmnist.data.io.PrintableText;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.nn.model.ModelFormatException;
import dev.fmnist.nn.model.Network;
import dev.fmnist.viz.chart.ChartImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** What the charts share: the output file, written atomically, and the test split of a model's dataset. */
abstract class PlotVerb extends Verb {
    @Option(names = "--out", paramLabel = "FILE.png", required = true, order = 100,
            description = "The PNG file to write (through a temporary file: never left half-written).")
    private Path out;

    /**
     * A usage error unless {@code --out} can name a file, and a one-line I/O error unless its directory can be
     * written; call before any long work.
     */
    protected void checkOut() throws IOException {
        if (Files.isDirectory(out)) {
            throw usageError("--out " + out + " is a directory; give a file name such as " + out.resolve("chart.png"));
        }
        OutputFiles.checkWritable("--out", out);
    }

    /** Draws the chart and writes it to {@code --out}, saying what was written (control characters as {@code ?}). */
    protected void write(String what, Supplier<BufferedImage> drawing) throws IOException {
        ChartImages.write(Pictures.draw("drawing a chart", drawing, null), out);
        out().println(PrintableText.of(what + " -> " + out));
    }

    /** The test split of the dataset a model was trained on, loaded. */
    protected Split testSplit(Network network, Path model) throws IOException {
        return load(dataset(network, model)).test();
    }

    /** A model as a chart title: architecture, file and test split. */
    protected static String title(Network network, Path model) throws IOException {
        return network.manifest().spec() + " (" + model.getFileName() + ") on " + dataset(network, model).title()
                + " test";
    }

    /** The dataset a model was trained on; a manifest naming an unknown dataset is not a usable model. */
    private static DatasetSpec dataset(Network network, Path model) throws ModelFormatException {
        return Datasets.find(network.manifest().dataset()).orElseThrow(() -> new ModelFormatException(
                model, "it was trained on '" + network.manifest().dataset() + "', which this fmnist does not know"));
    }
}
