package dev.fmnist.spark;

import dev.fmnist.data.FileProvenance;
import dev.fmnist.data.registry.FileRole;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset as the driver sends it to the executors: its name, and for each of its four files the name it was
 * shipped under ({@code SparkContext.addFile}) and the SHA-256 of its content as the driver verified it.
 *
 * @param name      the dataset's registered name
 * @param fileNames the shipped file name of each file
 * @param sha256    each file's verified payload SHA-256
 */
record ShippedDataset(String name, Map<FileRole, String> fileNames, Map<FileRole, String> sha256)
        implements Serializable {
    ShippedDataset {
        fileNames = new EnumMap<>(fileNames);
        sha256 = new EnumMap<>(sha256);
    }

    /** The dataset whose files were loaded as {@code files}, each shipped as {@code <dataset>-<file name>}. */
    static ShippedDataset of(String name, List<FileProvenance> files) {
        Map<FileRole, String> names = new EnumMap<>(FileRole.class);
        Map<FileRole, String> sha = new EnumMap<>(FileRole.class);
        for (FileProvenance f : files) {
            names.put(f.role(), shippedName(name, f));
            sha.put(f.role(), f.payloadSha256());
        }
        return new ShippedDataset(name, names, sha);
    }

    /** The name a dataset's file is shipped under: unique across datasets, whose files share names. */
    static String shippedName(String dataset, FileProvenance file) {
        return dataset + "-" + file.path().getFileName();
    }

    /** What identifies this content: the name and the checksums, so another version of the files is another key. */
    String key() {
        return name + "/" + String.join(",", sha256.values());
    }
}
