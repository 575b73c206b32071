package dev.fmnist.cli.export;

import dev.fmnist.data.Split;
import dev.fmnist.data.format.NpyWriter;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.data.registry.DatasetSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * NumPy arrays: {@code fashion-mnist_train_images.npy} (uint8 {@code [n, 28, 28]}) and
 * {@code fashion-mnist_train_labels.npy} (uint8 {@code [n]}).
 */
final class NpyExporter implements SplitExporter {
    @Override
    public List<Path> write(DatasetSpec dataset, Split split, Path dir, boolean gzip, Progress progress)
            throws IOException {
        String prefix = dataset.title().toLowerCase(Locale.ROOT) + "_" + split.name();
        Path images = dir.resolve(prefix + "_images.npy");
        Path labels = dir.resolve(prefix + "_labels.npy");
        NpyWriter.writeUnsignedBytes(images, split.images(), split.count(), split.rows(), split.cols());
        NpyWriter.writeUnsignedBytes(labels, split.labels(), split.count());
        progress.update(split.count(), "");
        return List.of(images, labels);
    }
}
