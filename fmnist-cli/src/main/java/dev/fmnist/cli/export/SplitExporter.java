package dev.fmnist.cli.export;

import dev.fmnist.data.Split;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.data.registry.DatasetSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes one split of a dataset into a directory in one file format. Every file is written atomically. */
public interface SplitExporter {
    /**
     * @param dataset  the dataset the split belongs to (its title names the files)
     * @param split    the images to write
     * @param dir      the output directory (created if needed)
     * @param gzip     whether to gzip the files (only for formats that support it)
     * @param progress told the number of images written so far
     * @return the files written
     */
    List<Path> write(DatasetSpec dataset, Split split, Path dir, boolean gzip, Progress progress) throws IOException;
}
