package dev.fmnist.cli.export;

import dev.fmnist.data.Split;
import dev.fmnist.data.idx.IdxArray;
import dev.fmnist.data.idx.IdxWriter;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The original IDX files under their canonical names ({@code train-images-idx3-ubyte[.gz]}). */
final class IdxExporter implements SplitExporter {
    @Override
    public List<Path> write(DatasetSpec dataset, Split split, Path dir, boolean gzip, Progress progress)
            throws IOException {
        boolean train = split.name().equals("train");
        Path images = file(dir, train ? FileRole.TRAIN_IMAGES : FileRole.TEST_IMAGES, gzip);
        Path labels = file(dir, train ? FileRole.TRAIN_LABELS : FileRole.TEST_LABELS, gzip);
        IdxWriter.write(IdxArray.ofUnsignedBytes(split.images(), split.count(), split.rows(), split.cols()), images, gzip);
        IdxWriter.write(IdxArray.ofUnsignedBytes(split.labels(), split.count()), labels, gzip);
        progress.update(split.count(), "");
        return List.of(images, labels);
    }

    private static Path file(Path dir, FileRole role, boolean gzip) {
        return dir.resolve(gzip ? role.gzipName() : role.baseName());
    }
}
