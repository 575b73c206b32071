package dev.fmnist.data.source;

import static dev.fmnist.data.source.TestStores.assertCacheHolds;
import static dev.fmnist.data.source.TestStores.assertFetched;
import static dev.fmnist.data.source.TestStores.store;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.testing.GzipBomb;
import dev.fmnist.data.testing.MirrorServer;
import dev.fmnist.data.testing.MirrorServer.Behavior;
import dev.fmnist.data.testing.SyntheticDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache: corrupt copies moved aside and fetched again, verification records, leftovers of interrupted runs. */
class CacheTest {
    @TempDir
    Path cache;

    private final SyntheticDataset data = SyntheticDataset.create("synthetic", 11);
    private MirrorServer server;
    private DatasetSpec spec;

    @BeforeEach
    void startServer() throws Exception {
        server = new MirrorServer(data);
        spec = data.spec(List.of(server.mirror("good", Behavior.SERVE)));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Path cached(FileRole role) {
        return cache.resolve(data.name()).resolve(role.baseName());
    }

    @Test
    void aCorruptCopyIsMovedAsideAndFetchedAgain() throws Exception {
        store(cache).fetch(spec);
        Path images = cached(FileRole.TRAIN_IMAGES);
        byte[] corrupt = data.payload(FileRole.TRAIN_IMAGES);
        corrupt[1000] ^= 1;
        Files.write(images, corrupt);
        Files.setLastModifiedTime(images, FileTime.fromMillis(Files.getLastModifiedTime(images).toMillis() + 5000));

        FetchReport report = store(cache).fetch(spec);

        assertEquals("mirror " + spec.mirrors().get(0), report.file(FileRole.TRAIN_IMAGES).source());
        assertEquals("cache (from mirror " + spec.mirrors().get(0) + ")", report.file(FileRole.TEST_IMAGES).source());
        SourceFailure f = report.failures().get(0);
        assertEquals(FileRole.TRAIN_IMAGES, f.role());
        assertTrue(f.reason().contains("checksum mismatch: SHA-256 of the decompressed data is "), f.reason());
        assertTrue(f.reason().contains("expected " + data.payloadSha256(FileRole.TRAIN_IMAGES)), f.reason());
        assertTrue(f.reason().contains("moved aside to train-images-idx3-ubyte.corrupt-"), f.reason());
        List<Path> aside;
        try (Stream<Path> files = Files.list(images.getParent())) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("train-images-idx3-ubyte.corrupt-"))
                    .toList();
        }
        assertEquals(1, aside.size());
        assertArrayEquals(corrupt, Files.readAllBytes(aside.get(0)));
        assertCacheHolds(cache, data, EnumSet.allOf(FileRole.class));
        assertEquals(5, server.requests().size());
    }

    @Test
    void aGzipBombInTheCacheIsInflatedOnlyToTheRegisteredSizeAndMovedAside() throws Exception {
        store(cache).fetch(spec);
        Files.write(cached(FileRole.TEST_LABELS), GzipBomb.zeros(50 << 20));

        FetchReport report = store(cache).fetch(spec);

        SourceFailure f = report.failures().get(0);
        assertEquals(FileRole.TEST_LABELS, f.role());
        assertTrue(f.reason().contains("decompresses to more than 47,040,016 bytes, larger than the file can be"),
                f.reason());
        assertTrue(f.reason().contains("moved aside"), f.reason());
        assertCacheHolds(cache, data, EnumSet.allOf(FileRole.class));
    }

    @Test
    void aTouchedCopyOfADatasetWithoutPayloadChecksumsIsVerifiedByItsRecordedChecksumNotMovedAside()
            throws Exception {
        DatasetSpec kmnistLike = data.specWithoutPayloadChecksums(spec.mirrors());
        store(cache).fetch(kmnistLike);
        Path labels = cached(FileRole.TRAIN_LABELS);
        Files.setLastModifiedTime(labels, FileTime.fromMillis(Files.getLastModifiedTime(labels).toMillis() + 5000));

        FetchReport report = store(cache).offline(true).fetch(kmnistLike);

        assertEquals("cache (from mirror " + spec.mirrors().get(0) + ")", report.file(FileRole.TRAIN_LABELS).source());
        assertCacheHolds(cache, data, EnumSet.allOf(FileRole.class));
        assertEquals(4, server.requests().size(), "nothing is downloaded again");
    }

    @Test
    void aCacheMovedElsewhereStillVerifiesByTheChecksumsItRecorded() throws Exception {
        DatasetSpec kmnistLike = data.specWithoutPayloadChecksums(spec.mirrors());
        store(cache).fetch(kmnistLike);
        Path moved = cache.resolveSibling(cache.getFileName() + "-moved");
        Files.createDirectories(moved.resolve(data.name()));
        try (Stream<Path> files = Files.list(cache.resolve(data.name()))) {
            for (Path f : files.toList()) {
                Files.copy(f, moved.resolve(data.name()).resolve(f.getFileName())); // times not kept, like cp
            }
        }

        FetchReport report = store(moved).offline(true).fetch(kmnistLike);

        assertFetched(report, data, "cache");
        assertCacheHolds(moved, data, EnumSet.allOf(FileRole.class));
    }

    @Test
    void aCopyThatCannotBeVerifiedIsReportedAndLeftInPlaceNotMovedAside() throws Exception {
        DatasetSpec kmnistLike = data.specWithoutPayloadChecksums(spec.mirrors());
        store(cache).fetch(kmnistLike);
        Files.delete(cache.resolve(data.name()).resolve("verified.properties"));

        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                () -> store(cache).offline(true).fetch(kmnistLike));

        assertTrue(e.getMessage().contains("cannot be verified"), e.getMessage());
        assertTrue(e.getMessage().contains("so it is left in place, not used, and fetched again"), e.getMessage());
        assertCacheHolds(cache, data, EnumSet.allOf(FileRole.class));
        try (Stream<Path> files = Files.list(cache.resolve(data.name()))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".corrupt-")));
        }
    }

    @Test
    void anUnchangedVerifiedCopyIsTrustedByItsRecordAndAChangedOneIsHashedAgain() throws Exception {
        store(cache).fetch(spec);
        Path labels = cached(FileRole.TEST_LABELS);
        FileTime verifiedAt = Files.getLastModifiedTime(labels);
        byte[] swapped = data.payload(FileRole.TEST_LABELS);
        swapped[8] = 9;
        Files.write(labels, swapped);
        Files.setLastModifiedTime(labels, verifiedAt);

        FetchReport trusted = store(cache).fetch(spec);
        assertEquals(data.payloadSha256(FileRole.TEST_LABELS), trusted.file(FileRole.TEST_LABELS).payloadSha256(),
                "same size and time: the record of the earlier verification stands, the file is not hashed");

        Files.setLastModifiedTime(labels, FileTime.fromMillis(verifiedAt.toMillis() + 5000));
        FetchReport rechecked = store(cache).fetch(spec);
        assertTrue(rechecked.file(FileRole.TEST_LABELS).source().startsWith("mirror"));
        assertCacheHolds(cache, data, EnumSet.allOf(FileRole.class));
    }

    @Test
    void aPartialDownloadLeftByAnInterruptedRunIsResumed() throws Exception {
        Path dir = Files.createDirectories(cache.resolve(data.name()));
        byte[] gz = data.gzip(FileRole.TRAIN_IMAGES);
        Files.write(dir.resolve("train-images-idx3-ubyte.gz.part"), Arrays.copyOf(gz, 5000));

        assertFetched(store(cache).fetch(spec), data, "mirror");

        MirrorServer.Request first = server.requests().get(0);
        assertEquals("train-images-idx3-ubyte.gz", first.file());
        assertEquals("bytes=5000-", first.range());
        assertCacheHolds(cache, data, EnumSet.allOf(FileRole.class));
    }

    @Test
    void aLeftoverPartialDownloadOfOtherBytesIsDiscardedAndDownloadedAfresh() throws Exception {
        Path dir = Files.createDirectories(cache.resolve(data.name()));
        byte[] other = SyntheticDataset.create("other", 999).gzip(FileRole.TRAIN_IMAGES);
        Files.write(dir.resolve("train-images-idx3-ubyte.gz.part"), Arrays.copyOf(other, 5000));

        FetchReport report = store(cache).fetch(spec);

        assertFetched(report, data, "mirror");
        List<MirrorServer.Request> asked = server.requests("good").stream()
                .filter(r -> r.file().equals("train-images-idx3-ubyte.gz")).toList();
        assertEquals("bytes=5000-", asked.get(0).range());
        assertNull(asked.get(1).range());
        assertCacheHolds(cache, data, EnumSet.allOf(FileRole.class));
    }

    @Test
    void temporaryFilesOfAnInterruptedRunAreRemoved() throws Exception {
        Path dir = Files.createDirectories(cache.resolve(data.name()));
        Files.write(dir.resolve(".train-images-idx3-ubyte-123.tmp"), new byte[100]);

        store(cache).fetch(spec);

        assertCacheHolds(cache, data, EnumSet.allOf(FileRole.class));
    }
}
