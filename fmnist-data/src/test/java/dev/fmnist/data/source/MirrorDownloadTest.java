package dev.fmnist.data.source;

import static dev.fmnist.data.source.TestStores.assertCacheHolds;
import static dev.fmnist.data.source.TestStores.assertFetched;
import static dev.fmnist.data.source.TestStores.stallingStore;
import static dev.fmnist.data.source.TestStores.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.Version;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.testing.GzipBomb;
import dev.fmnist.data.testing.MirrorServer;
import dev.fmnist.data.testing.MirrorServer.Behavior;
import dev.fmnist.data.testing.SyntheticDataset;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Downloads from mirrors on a local HTTP server: success, resume, and fallback to the next mirror on each failure. */
class MirrorDownloadTest {
    private static final Set<FileRole> ALL = EnumSet.allOf(FileRole.class);

    @TempDir
    Path cache;

    private final SyntheticDataset data = SyntheticDataset.create("synthetic", 7);
    private MirrorServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new MirrorServer(data);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void downloadsVerifiesAndKeepsUncompressedCopiesThenLoadsFromTheCache() throws Exception {
        DatasetSpec spec = data.spec(List.of(server.mirror("good", Behavior.SERVE)));

        FetchReport first = store(cache).fetch(spec);
        assertFetched(first, data, "mirror http://127.0.0.1:");
        assertCacheHolds(cache, data, ALL);
        assertEquals(4, server.requests().size());
        assertEquals("fmnist/" + Version.current(), server.requests().get(0).userAgent());

        Dataset loaded = store(cache).load(spec);
        assertEquals(300, loaded.train().count());
        assertEquals(100, loaded.test().count());
        assertEquals(7, loaded.test().label(7));
        assertTrue(loaded.provenance().stream().allMatch(p -> p.source().startsWith("cache (from mirror http")),
                loaded.provenance().toString());
        assertEquals(4, server.requests().size(), "the second load must not download");
    }

    @Test
    void resumesACutDownloadWithARangeRequest() throws Exception {
        DatasetSpec spec = data.spec(List.of(server.mirror("flaky", Behavior.CUT_ONCE)));

        assertFetched(store(cache).fetch(spec), data, "mirror");

        assertCacheHolds(cache, data, ALL);
        for (FileRole role : FileRole.values()) {
            List<MirrorServer.Request> asked = server.requests().stream()
                    .filter(r -> r.file().equals(role.gzipName())).toList();
            assertEquals(2, asked.size(), role + ": " + asked);
            assertEquals(null, asked.get(0).range());
            String range = asked.get(1).range();
            assertTrue(range.matches("bytes=\\d+-"), range);
            long from = Long.parseLong(range.substring(6, range.length() - 1));
            assertTrue(from > 0 && from <= data.gzip(role).length / 2,
                    "resumes after what arrived before the cut (at most half the file): " + range);
        }
    }

    @Test
    void startsOverWhenTheServerIgnoresTheRange() throws Exception {
        DatasetSpec spec = data.spec(List.of(server.mirror("norange", Behavior.CUT_ONCE_IGNORE_RANGE)));

        assertFetched(store(cache).fetch(spec), data, "mirror");

        assertCacheHolds(cache, data, ALL);
    }

    @ParameterizedTest
    @EnumSource(value = Behavior.class, names = {"FORBIDDEN", "NOT_FOUND", "SERVER_ERROR", "HTML_PAGE",
            "HTML_AS_GZIP", "WRONG_BYTES", "STALL", "ENDLESS", "GZIP_BOMB", "HALF_FILE"})
    void fallsBackToTheNextMirror(Behavior failure) throws Exception {
        DatasetSpec spec = data.spec(List.of(server.mirror("bad", failure), server.mirror("good", Behavior.SERVE)));

        FetchReport report = (failure == Behavior.STALL ? stallingStore(cache) : store(cache)).fetch(spec);

        assertFetched(report, data, "mirror " + spec.mirrors().get(1));
        assertCacheHolds(cache, data, ALL);
        List<SourceFailure> mirrorFailures = report.failures().stream()
                .filter(f -> f.source().startsWith("mirror")).toList();
        assertEquals(1, mirrorFailures.size(), mirrorFailures.toString());
        SourceFailure f = mirrorFailures.get(0);
        assertEquals("mirror " + spec.mirrors().get(0), f.source());
        assertTrue(f.reason().contains(expectedReason(failure)), f.reason());
        assertEquals(failure == Behavior.STALL ? 2 : 1, server.requests("bad").size(),
                "a failed mirror is not asked for more files; only a stall is retried");
    }

    private String expectedReason(Behavior failure) {
        return switch (failure) {
            case FORBIDDEN -> "HTTP 403";
            case NOT_FOUND -> "HTTP 404";
            case SERVER_ERROR -> "HTTP 500";
            case HTML_PAGE -> "HTML page";
            case HTML_AS_GZIP -> "did not send a gzip file: it is an HTML or XML page";
            case WRONG_BYTES -> "checksum mismatch: MD5 of the gzip file is " + SyntheticDataset.create("other", 999)
                    .gzipMd5(FileRole.TRAIN_IMAGES) + ", expected " + data.gzipMd5(FileRole.TRAIN_IMAGES);
            case STALL -> "the server stalled";
            case GZIP_BOMB -> "checksum mismatch: MD5 of the gzip file is " + md5(GzipBomb.zeros(50 << 20));
            // the MD5 is checked before anything is inflated, so the broken deflate stream is never read
            case HALF_FILE -> "checksum mismatch: MD5 of the gzip file is ";
            case ENDLESS -> String.format(Locale.ROOT, "the server kept sending past %,d bytes, more than the file "
                    + "can hold", 16 + 300 * 784 + 235 + 65536);
            default -> throw new IllegalArgumentException(failure.toString());
        };
    }

    @Test
    void whenEveryMirrorFailsTheErrorListsEachAndNothingIsLeftBehind() throws Exception {
        DatasetSpec spec = data.spec(List.of(server.mirror("gone", Behavior.NOT_FOUND),
                server.mirror("cut", Behavior.STALL), server.mirror("wrong", Behavior.WRONG_BYTES)));

        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                () -> stallingStore(cache).fetch(spec));

        String m = e.getMessage();
        assertTrue(m.startsWith("Synthetic synthetic (synthetic) is not available: no source supplied "
                + "train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte"), m);
        assertTrue(m.contains("mirror " + spec.mirrors().get(0) + ": train-images-idx3-ubyte: HTTP 404"), m);
        assertTrue(m.contains("mirror " + spec.mirrors().get(1) + ": train-images-idx3-ubyte: the transfer broke off "
                + "after 100 bytes: no data for 0.3 s: the server stalled (gave up after 2 attempts)"), m);
        assertTrue(m.contains("mirror " + spec.mirrors().get(2) + ": train-images-idx3-ubyte: "), m);
        assertTrue(m.contains("checksum mismatch"), m);
        assertTrue(m.contains("To fix: pass --data DIR or set FMNIST_DATA"), m);
        assertCacheHolds(cache, data, Set.of());
    }

    @Test
    void offlineSkipsTheMirrorsWithoutARequest() throws Exception {
        DatasetSpec spec = data.spec(List.of(server.mirror("good", Behavior.SERVE)));

        DataStore offline = store(cache).offline(true);
        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class, () -> offline.fetch(spec));

        assertTrue(e.getMessage().contains("mirror " + spec.mirrors().get(0) + ": skipped: offline"), e.getMessage());
        assertTrue(e.getMessage().contains("unset FMNIST_OFFLINE"), e.getMessage());
        assertEquals(List.of(), server.requests());
        assertEquals(List.of("cache " + cache.resolve("synthetic"), "mirror " + spec.mirrors().get(0)
                + " (skipped: offline)"), offline.sourceOrder(spec));
    }

    @Test
    void aDatasetWithoutPayloadChecksumsIsVerifiedByTheMirrorsMd5AndRecordsItsPayloadSha() throws Exception {
        DatasetSpec spec = data.specWithoutPayloadChecksums(List.of(server.mirror("good", Behavior.SERVE)));

        assertFetched(store(cache).fetch(spec), data, "mirror");
        FetchReport again = store(cache).fetch(spec);

        assertFetched(again, data, "cache (from mirror");
        assertEquals(4, server.requests().size());
    }

    @Test
    void aDatasetWithoutPayloadChecksumsRejectsWrongBytesFromAMirror() throws Exception {
        DatasetSpec spec = data.specWithoutPayloadChecksums(List.of(server.mirror("wrong", Behavior.WRONG_BYTES)));

        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                () -> stallingStore(cache).fetch(spec));

        assertTrue(e.getMessage().contains("checksum mismatch: MD5 of the gzip file"), e.getMessage());
        assertCacheHolds(cache, data, Set.of());
    }

    private static String md5(byte[] b) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
