package dev.fmnist.data.source;

import static dev.fmnist.data.source.TestStores.assertCacheHolds;
import static dev.fmnist.data.source.TestStores.assertFetched;
import static dev.fmnist.data.source.TestStores.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.testing.MirrorServer;
import dev.fmnist.data.testing.MirrorServer.Behavior;
import dev.fmnist.data.testing.SyntheticDataset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explicit directory and the system directories: verified and read in place, never copied. */
class DirectorySourceTest {
    @TempDir
    Path tmp;

    private final SyntheticDataset data = SyntheticDataset.create("synthetic", 21);

    @Test
    void filesInTheExplicitDirectoryAreVerifiedAndReadInPlace() throws Exception {
        Path dir = data.writeTo(tmp.resolve("data"), true);
        DataStore store = store(tmp.resolve("cache")).withDataDir(dir);
        DatasetSpec spec = data.spec(List.of());

        FetchReport report = store.fetch(spec);
        Dataset loaded = store.load(spec);

        assertFetched(report, data, "dir " + dir);
        assertEquals(dir.resolve("t10k-images-idx3-ubyte.gz"), report.file(FileRole.TEST_IMAGES).path());
        assertEquals(300, loaded.train().count());
        assertEquals("dir " + dir, loaded.provenance().get(0).source());
        assertCacheHolds(tmp.resolve("cache"), data, Set.of());
    }

    @Test
    void uncompressedFilesWithDottedNamesAreAccepted() throws Exception {
        Path dir = data.writeTo(tmp.resolve("data"), false);
        for (FileRole role : FileRole.values()) {
            Files.move(dir.resolve(role.baseName()), dir.resolve(role.baseName().replace("-idx", ".idx")));
        }

        FetchReport report = store(tmp.resolve("cache")).withDataDir(dir).fetch(data.spec(List.of()));

        assertFetched(report, data, "dir");
        assertEquals(dir.resolve("train-images.idx3-ubyte"), report.file(FileRole.TRAIN_IMAGES).path());
    }

    @Test
    void aWrongFileInTheExplicitDirectoryIsAnErrorNamingFileAndChecksums() throws Exception {
        Path dir = data.writeTo(tmp.resolve("data"), true);
        SyntheticDataset other = SyntheticDataset.create("other", 999);
        Files.write(dir.resolve("train-labels-idx1-ubyte.gz"), other.gzip(FileRole.TEST_IMAGES));

        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class,
                () -> store(tmp.resolve("cache")).withDataDir(dir).fetch(data.spec(List.of())));

        assertEquals(dir.resolve("train-labels-idx1-ubyte.gz").toString(), e.file());
        assertEquals(data.payloadSha256(FileRole.TRAIN_LABELS), e.expected());
        assertEquals(other.payloadSha256(FileRole.TEST_IMAGES), e.actual());
        assertTrue(e.getMessage().startsWith(dir.resolve("train-labels-idx1-ubyte.gz") + ": checksum mismatch: "
                + "SHA-256 of the decompressed data is " + e.actual() + ", expected " + e.expected()), e.getMessage());
    }

    @Test
    void aMissingExplicitDirectoryIsAnError() {
        Path missing = tmp.resolve("nowhere");

        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> store(tmp.resolve("cache")).withDataDir(missing).fetch(data.spec(List.of())));

        assertTrue(e.getMessage().contains(missing + ": the data directory does not exist"), e.getMessage());
    }

    @Test
    void filesMissingFromTheExplicitDirectoryComeFromTheNextSources() throws Exception {
        Path dir = data.writeTo(tmp.resolve("data"), true);
        Files.delete(dir.resolve("train-images-idx3-ubyte.gz"));
        try (MirrorServer server = new MirrorServer(data)) {
            DatasetSpec spec = data.spec(List.of(server.mirror("good", Behavior.SERVE)));

            FetchReport report = store(tmp.resolve("cache")).withDataDir(dir).fetch(spec);

            assertEquals("mirror " + spec.mirrors().get(0), report.file(FileRole.TRAIN_IMAGES).source());
            assertEquals("dir " + dir, report.file(FileRole.TRAIN_LABELS).source());
            assertEquals(1, server.requests().size());
            assertCacheHolds(tmp.resolve("cache"), data, Set.of(FileRole.TRAIN_IMAGES));
        }
    }

    @Test
    void aCorruptFileInASystemDirectoryIsReportedAndSkipped() throws Exception {
        Path system = data.writeTo(tmp.resolve("usr-share"), true);
        byte[] truncated = data.gzip(FileRole.TEST_IMAGES);
        Files.write(system.resolve("t10k-images-idx3-ubyte.gz"), java.util.Arrays.copyOf(truncated, 1000));
        try (MirrorServer server = new MirrorServer(data)) {
            DatasetSpec spec = data.spec(List.of(server.mirror("good", Behavior.SERVE)), List.of(system.toString()),
                    List.of());

            FetchReport report = store(tmp.resolve("cache")).fetch(spec);

            assertEquals("system " + system, report.file(FileRole.TRAIN_IMAGES).source());
            assertEquals("mirror " + spec.mirrors().get(0), report.file(FileRole.TEST_IMAGES).source());
            SourceFailure f = report.failures().stream().filter(x -> x.source().startsWith("system")).findFirst()
                    .orElseThrow();
            assertEquals(FileRole.TEST_IMAGES, f.role());
            assertTrue(f.reason().contains("the gzip stream ends early: the file is truncated"), f.reason());
        }
    }

    @Test
    void withoutPayloadChecksumsOnlyTheOriginalGzipFilesVerify() throws Exception {
        DatasetSpec spec = data.specWithoutPayloadChecksums(List.of());
        Path original = data.writeTo(tmp.resolve("original"), true);
        Path plain = data.writeTo(tmp.resolve("plain"), false);

        FetchReport report = store(tmp.resolve("cache")).withDataDir(original).fetch(spec);
        UnverifiableFileException e = assertThrows(UnverifiableFileException.class,
                () -> store(tmp.resolve("cache")).withDataDir(plain).fetch(spec));

        assertFetched(report, data, "dir " + original);
        assertTrue(e.getMessage().startsWith(plain.resolve("train-images-idx3-ubyte") + ": cannot be verified: "
                + "Synthetic synthetic publishes no checksum of its decompressed train-images-idx3-ubyte, only the MD5 "
                + "of the original train-images-idx3-ubyte.gz"), e.getMessage());
        assertCacheHolds(tmp.resolve("cache"), data, EnumSet.noneOf(FileRole.class));
    }
}
