package dev.fmnist.cli.export;

import dev.fmnist.data.Split;
import dev.fmnist.data.format.KaggleCsv;
import dev.fmnist.data.format.KaggleCsvWriter;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.data.registry.DatasetSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Kaggle's CSV layout: {@code fashion-mnist_train.csv} with a {@code label,pixel1,...,pixel784} header. */
final class CsvExporter implements SplitExporter {
    @Override
    public List<Path> write(DatasetSpec dataset, Split split, Path dir, boolean gzip, Progress progress)
            throws IOException {
        Path file = dir.resolve(KaggleCsv.fileName(dataset.title(), split.name()) + (gzip ? ".gz" : ""));
        KaggleCsvWriter.write(split, file, gzip, progress);
        return List.of(file);
    }
}
