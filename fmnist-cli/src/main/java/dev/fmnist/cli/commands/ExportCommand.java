package dev.fmnist.cli.commands;

import dev.fmnist.cli.DatasetConverter;
import dev.fmnist.cli.ExitCode;
import dev.fmnist.cli.SplitSelection;
import dev.fmnist.cli.Verb;
import dev.fmnist.cli.export.ExportFormat;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.Split;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.data.registry.DatasetSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fmnist export}: writes a dataset as PNG files, Kaggle CSV, NumPy arrays or IDX files. */
@Command(name = "export", sortOptions = false,
        description = {"Write a dataset as PNG files, Kaggle CSV, NumPy arrays or IDX files.",
                "png: one file per image, DIR/SPLIT/00012_9_Ankle-boot.png (index, label, name).",
                "csv: Kaggle's layout, DIR/fashion-mnist_train.csv, header label,pixel1,...,pixel784.",
                "npy: DIR/fashion-mnist_train_images.npy (uint8 [n,28,28]) and ..._labels.npy (uint8 [n]).",
                "idx: the original layout, DIR/train-images-idx3-ubyte (.gz with --gzip).",
                "Every file is written atomically: an interrupted export leaves no partial file,",
                "and a png export run again writes only the images that are missing."},
        footer = {"", "Examples:", "  fmnist export fashion --format csv --out csv/",
                "  fmnist export fashion --format png --split test --limit 100 --out pictures/",
                "  fmnist export mnist --format idx --gzip --out mnist-idx/"})
public final class ExportCommand extends Verb {
    @Parameters(paramLabel = "DATASET", converter = DatasetConverter.class, description = "fashion, mnist or kmnist.")
    private DatasetSpec dataset;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "png, csv, npy or idx.")
    private ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output directory.")
    private Path out;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all",
            description = "train, test or all (default: ${DEFAULT-VALUE}).")
    private SplitSelection split;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N images of each split.")
    private Integer limit;

    @Option(names = "--gzip", description = "Gzip the files (csv and idx).")
    private boolean gzip;

    @Override
    public Integer call() throws IOException {
        requireAtLeast("--limit", limit, 1);
        if (gzip && !format.gzipSupported()) {
            throw usageError("--gzip applies to the csv and idx formats, not " + format);
        }
        Dataset data = load(dataset);
        for (Split s : split.of(data)) {
            Split part = limit != null && limit < s.count() ? s.head(limit) : s;
            List<Path> files;
            try (Progress p = progress("export " + dataset.name() + " " + part.name() + " " + format, part.count())) {
                files = format.exporter().write(dataset, part, out, gzip, p);
            }
            out().printf("%s %s: %,d images%n", format, part.name(), part.count());
            files.forEach(f -> out().println("  " + f));
        }
        return ExitCode.OK;
    }
}
