package dev.fmnist.bench;

import dev.fmnist.data.DatasetFiles;
import dev.fmnist.data.idx.IdxReader;
import dev.fmnist.data.idx.IdxWriter;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.source.DataStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** The dataset files the benchmarks read: the gzip files of a directory and uncompressed copies of them. */
final class BenchFiles {
    private BenchFiles() {
    }

    /** The four files of a dataset in {@code dir}, under any accepted name. */
    static Map<FileRole, Path> in(Path dir) throws IOException {
        Map<FileRole, Path> files = new EnumMap<>(FileRole.class);
        for (FileRole role : FileRole.values()) {
            files.put(role, DatasetFiles.find(dir, role).orElseThrow(() -> new NoSuchFileException(
                    dir.resolve(role.gzipName()).toString(), null, "not found: the benchmarks need a dataset here")));
        }
        return files;
    }

    /**
     * Uncompressed copies of Fashion-MNIST's {@code gzipFiles} where a data store with the cache root
     * {@code cacheRoot} keeps them ({@code cacheRoot/fashion/}), written once, atomically.
     */
    static Map<FileRole, Path> uncompressedCopies(Map<FileRole, Path> gzipFiles, Path cacheRoot) throws IOException {
        Path cacheDir = cacheRoot.resolve(Datasets.FASHION.name());
        Map<FileRole, Path> copies = new EnumMap<>(FileRole.class);
        for (var e : gzipFiles.entrySet()) {
            Path copy = cacheDir.resolve(e.getKey().baseName());
            if (!Files.isRegularFile(copy)) {
                IdxWriter.write(IdxReader.read(e.getValue()), copy, false);
            }
            copies.put(e.getKey(), copy);
        }
        return copies;
    }

    /** Fashion-MNIST's registered payload checksums, as a data store passes them for files it verified before. */
    static Map<FileRole, String> registeredSha256() {
        Map<FileRole, String> sha = new EnumMap<>(FileRole.class);
        for (FileRole role : FileRole.values()) {
            sha.put(role, Datasets.FASHION.file(role).payloadSha256());
        }
        return sha;
    }

    /** An offline data store whose cache root is {@code cacheRoot}. */
    static DataStore store(Path cacheRoot) {
        return DataStore.fromEnvironment().withCacheDir(cacheRoot).offline(true);
    }
}
