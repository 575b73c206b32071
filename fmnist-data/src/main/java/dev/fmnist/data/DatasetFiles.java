package dev.fmnist.data;

import dev.fmnist.data.registry.FileRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a dataset's files in a directory under the names they go by. */
public final class DatasetFiles {
    private DatasetFiles() {
    }

    /**
     * The file for {@code role} in {@code dir}, trying each accepted name ({@code train-images-idx3-ubyte.gz},
     * {@code train-images-idx3-ubyte}, {@code train-images.idx3-ubyte(.gz)}); compression is judged later by content.
     */
    public static Optional<Path> find(Path dir, FileRole role) {
        for (String name : role.acceptedNames()) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
