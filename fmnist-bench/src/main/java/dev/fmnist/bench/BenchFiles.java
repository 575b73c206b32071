package dev.fmnist.bench;

import dev.fmnist.data.DatasetFiles;
import dev.fmnist.data.idx.IdxReader;
import dev.fmnist.data.idx.IdxWriter;
import dev.fmnist.data.registry.FileRole;
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
     * The payload checksums the data store would hand the reader for files it verified before (Fashion-MNIST's,
     * from the registry), or none when {@code hash} asks for every file to be hashed.
     */
    static Map<FileRole, String> verifiedSha256(boolean hash) {
        Map<FileRole, String> known = new EnumMap<>(FileRole.class);
        if (!hash) {
            for (FileRole role : FileRole.values()) {
                known.put(role, dev.fmnist.data.registry.Datasets.FASHION.file(role).payloadSha256());
            }
        }
        return known;
    }

    /**
     * Uncompressed copies of {@code gzipFiles} in {@code cacheDir} (written once, atomically), as the data store keeps
     * them in its cache.
     */
    static Map<FileRole, Path> uncompressedCopies(Map<FileRole, Path> gzipFiles, Path cacheDir) throws IOException {
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
}
