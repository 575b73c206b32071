package dev.fmnist.data.source;

import dev.fmnist.data.idx.IdxFormatException;
import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verified copies in the user cache. A copy whose checksum is wrong is moved aside (renamed
 * {@code *.corrupt-<timestamp>}) so that a later source fetches it again; a copy that cannot be verified at all is
 * reported and left where it is, since it may well be sound.
 */
final class CacheSource implements DataSource {
    static final String NAME = "cache";

    private final DatasetCache cache;

    CacheSource(DatasetCache cache) {
        this.cache = cache;
    }

    @Override
    public String name() {
        return NAME + " " + cache.dir();
    }

    @Override
    public Map<FileRole, FetchedFile> supply(Set<FileRole> roles, List<SourceFailure> failures) throws IOException {
        Map<FileRole, FetchedFile> found = new EnumMap<>(FileRole.class);
        for (FileRole role : roles) {
            Path file = cache.file(role);
            if (!Files.isRegularFile(file)) {
                failures.add(new SourceFailure(name(), role, "no copy yet"));
                continue;
            }
            try {
                VerificationRecords.Entry e = cache.verifyInPlace(role, file, NAME);
                String source = e.origin().equals(NAME) ? NAME : NAME + " (from " + e.origin() + ")";
                found.put(role, new FetchedFile(role, source, file, e.payloadSha256()));
            } catch (UnverifiableFileException e) {
                failures.add(new SourceFailure(name(), role, e.getMessage() + "; no record of an earlier "
                        + "verification matches it (the file was replaced, or the cache's verified.properties lost), "
                        + "so it is left in place, not used, and fetched again"));
            } catch (ChecksumMismatchException | IdxFormatException e) {
                Path aside = cache.moveAside(file);
                failures.add(new SourceFailure(name(), role, e.getMessage() + "; moved aside to "
                        + aside.getFileName() + " and fetched again"));
            }
        }
        return found;
    }
}
