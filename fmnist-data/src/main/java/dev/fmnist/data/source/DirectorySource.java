package dev.fmnist.data.source;

import dev.fmnist.data.DatasetFiles;
import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A directory that holds a dataset's files under any accepted name, gzipped or not: the one the user named
 * (explicit: a file there that does not verify is an error) or one where a system package installs the data
 * (a file there that does not verify is reported and skipped). Files are verified and read in place.
 */
final class DirectorySource implements DataSource {
    private final String kind;
    private final Path dir;
    private final boolean explicit;
    private final DatasetCache cache;

    /**
     * @param kind     {@code dir} or {@code system}, the first word of the source's name
     * @param explicit whether the user named this directory
     * @param cache    keeps the records of files verified earlier
     */
    DirectorySource(String kind, Path dir, boolean explicit, DatasetCache cache) {
        this.kind = kind;
        this.dir = dir.toAbsolutePath().normalize();
        this.explicit = explicit;
        this.cache = cache;
    }

    @Override
    public String name() {
        return kind + " " + dir;
    }

    @Override
    public Map<FileRole, FetchedFile> supply(Set<FileRole> roles, List<SourceFailure> failures) throws IOException {
        Map<FileRole, FetchedFile> found = new EnumMap<>(FileRole.class);
        if (!Files.isDirectory(dir)) {
            if (explicit) {
                throw new NoSuchFileException(dir.toString(), null, "the data directory "
                        + (Files.exists(dir) ? "is a file, not a directory" : "does not exist")
                        + " (given by --data, FMNIST_DATA or -Dfmnist.data); point it at a folder with the four files");
            }
            failures.add(new SourceFailure(name(), null, "no such directory (the package is not installed)"));
            return found;
        }
        for (FileRole role : roles) {
            Optional<Path> file = DatasetFiles.find(dir, role);
            if (file.isEmpty()) {
                failures.add(new SourceFailure(name(), role, "no such file (looked for "
                        + String.join(", ", role.acceptedNames()) + ")"));
                continue;
            }
            try {
                String sha = cache.verifyInPlace(role, file.get(), name()).payloadSha256();
                found.put(role, new FetchedFile(role, name(), file.get(), sha));
            } catch (IOException e) {
                if (explicit) {
                    throw e;
                }
                failures.add(new SourceFailure(name(), role, e.getMessage()));
            }
        }
        return found;
    }
}
