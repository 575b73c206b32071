package dev.fmnist.data.registry;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A registered MNIST-family dataset: its command-line name, title, label names, files with checksums,
 * official mirrors (tried in order) and the system packages that carry it.
 *
 * @param name            the name used on the command line: {@code fashion}, {@code mnist}, {@code kmnist}
 * @param title           the dataset's own name, for example {@code Fashion-MNIST}
 * @param labelNames      the ten class names in label order
 * @param files           the four files
 * @param mirrors         base URLs of the official mirrors, each ending in a slash
 * @param systemDirs      directories where system packages install the files, if installed
 * @param packages        package sources to try after the mirrors
 * @param trainCount      images in the training split
 * @param testCount       images in the test split
 */
public record DatasetSpec(String name, String title, List<String> labelNames, Map<FileRole, DatasetFile> files,
                          List<URI> mirrors, List<String> systemDirs, List<PackageSource> packages,
                          int trainCount, int testCount) {
    public static final int ROWS = 28;
    public static final int COLS = 28;

    public DatasetSpec {
        labelNames = List.copyOf(labelNames);
        files = java.util.Collections.unmodifiableMap(new EnumMap<>(files));
        mirrors = List.copyOf(mirrors);
        systemDirs = List.copyOf(systemDirs);
        packages = List.copyOf(packages);
    }

    public DatasetFile file(FileRole role) {
        return files.get(role);
    }

    public int classCount() {
        return labelNames.size();
    }

    /** Number of images the split of this role holds. */
    public int count(FileRole role) {
        return role.isTrain() ? trainCount : testCount;
    }

    /** Size of the decompressed IDX file of this role: its header and its pixels or labels. */
    public long payloadBytes(FileRole role) {
        return role.isImages() ? 16 + (long) count(role) * ROWS * COLS : 8 + (long) count(role);
    }
}
