package dev.fmnist.data.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.DatasetFiles;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.testing.SyntheticDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Stores for tests (own cache, mirrors allowed, short timeouts, no progress output) and checks of a cache. */
final class TestStores {
    /**
     * Short timeouts so that failure tests are quick, two attempts per mirror; a stall is 30 s without data, so that a
     * pause of a loaded machine is not taken for one (and retried, adding a request the tests count).
     */
    static final FetchSettings QUICK = new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(5),
            Duration.ofSeconds(30), 2, Duration.ofMillis(10), Duration.ofSeconds(60));
    /** As {@link #QUICK}, but 300 ms without data is a stall: for the tests of a stalling mirror. */
    static final FetchSettings STALLING = new FetchSettings(QUICK.connectTimeout(), QUICK.responseTimeout(),
            Duration.ofMillis(300), QUICK.attempts(), QUICK.retryDelay(), QUICK.clientTimeout());

    private TestStores() {
    }

    /** A store with only {@code cacheRoot} as its cache, the mirrors enabled, quick timeouts and no progress. */
    static DataStore store(Path cacheRoot) {
        return DataStore.fromEnvironment().withDataDir(null).withCacheDir(cacheRoot).offline(false)
                .withSettings(QUICK).withProgress(label -> Progress.NONE);
    }

    /** As {@link #store}, with a stall after 300 ms without data ({@link #STALLING}). */
    static DataStore stallingStore(Path cacheRoot) {
        return store(cacheRoot).withSettings(STALLING);
    }

    /**
     * Checks a dataset's cache directory: the files of {@code present} are the dataset's exact payloads, no other
     * file can be taken for data (no other accepted name), and no {@code .part} or temporary file is left over.
     */
    static void assertCacheHolds(Path cacheRoot, SyntheticDataset d, Set<FileRole> present) throws IOException {
        Path dir = cacheRoot.resolve(d.name());
        for (FileRole role : FileRole.values()) {
            if (present.contains(role)) {
                assertArrayEquals(d.payload(role), Files.readAllBytes(dir.resolve(role.baseName())), role.baseName());
            } else {
                assertTrue(DatasetFiles.find(dir, role).isEmpty(), "no " + role.baseName() + " may be in the cache");
            }
        }
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String name : names) {
            boolean allowed = name.equals(".lock") || name.equals("verified.properties") || name.contains(".corrupt-")
                    || present.stream().anyMatch(r -> r.baseName().equals(name));
            assertTrue(allowed, "unexpected file left in the cache: " + name + " (all: " + names + ")");
        }
    }

    /** Checks that a fetch supplied every file of {@code d} from sources whose names start with {@code source}. */
    static void assertFetched(FetchReport report, SyntheticDataset d, String source) {
        assertEquals(4, report.files().size());
        for (FetchedFile f : report.files()) {
            assertEquals(d.payloadSha256(f.role()), f.payloadSha256(), f.role().baseName());
            assertTrue(f.source().startsWith(source), f.source() + " should start with " + source);
        }
    }
}
