package dev.fmnist.data.source;

import static dev.fmnist.data.source.TestStores.assertCacheHolds;
import static dev.fmnist.data.source.TestStores.assertFetched;
import static dev.fmnist.data.source.TestStores.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.registry.PackageSource;
import dev.fmnist.data.testing.GzipBomb;
import dev.fmnist.data.testing.SyntheticDataset;
import dev.fmnist.data.testing.TarBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Package sources through stand-in clients on a private search path (the real clients are exercised by
 * {@link RealDatasetsTest}): extraction from an npm tarball, a missing client, a failing client, a wrong file.
 */
class PackageSourceTest {
    private static final PackageSource NPM = new PackageSource("npm", "fake-data", "1.0.0", "package/data");

    @TempDir
    Path tmp;

    private final SyntheticDataset data = SyntheticDataset.create("synthetic", 41);

    /** A directory with an {@code npm} script that runs {@code body}, and the system's tools after it. */
    private String toolPath(String body) throws Exception {
        Path tools = Files.createDirectories(tmp.resolve("tools"));
        Path npm = tools.resolve("npm");
        Files.writeString(npm, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(npm, PosixFilePermissions.fromString("rwxr-xr-x"));
        return tools + ":/usr/bin:/bin";
    }

    /** A gzipped tarball written by {@link TarBuilder}, which a stand-in {@code npm} copies into place. */
    private String npmServing(TarBuilder tar) throws Exception {
        Path tgz = tmp.resolve("fake-data-1.0.0.tgz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(tgz))) {
            out.write(tar.build());
        }
        return toolPath("cp '" + tgz + "' .");
    }

    @Test
    void aGzipBombInAPackageIsInflatedOnlyToTheRegisteredSize() throws Exception {
        TarBuilder tar = new TarBuilder().file("package/data/t10k-labels-idx1-ubyte.gz", GzipBomb.zeros(50 << 20));
        DataStore store = store(tmp.resolve("cache")).withToolPath(npmServing(tar));

        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                () -> store.fetch(data.spec(List.of(), List.of(), List.of(NPM))));

        assertTrue(e.getMessage().contains("t10k-labels-idx1-ubyte.gz from npm:fake-data@1.0.0: decompresses to more "
                + "than 108 bytes, larger than the file can be"), e.getMessage());
        assertCacheHolds(tmp.resolve("cache"), data, Set.of());
    }

    @Test
    void aCorruptArchiveIsTheSourcesReasonAndTheSourcesTriedBeforeAreKept() throws Exception {
        TarBuilder tar = new TarBuilder().entry("package/data/t10k-labels-idx1-ubyte", '0', TarBuilder.base256(-1),
                new byte[0]);
        DataStore store = store(tmp.resolve("cache")).withToolPath(npmServing(tar));
        Path system = tmp.resolve("no-such-system-dir");

        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                () -> store.fetch(data.spec(List.of(), List.of(system.toString()), List.of(NPM))));

        assertTrue(e.getMessage().contains("system " + system + ": no such directory"), e.getMessage());
        assertTrue(e.getMessage().contains("npm:fake-data@1.0.0: not a tar archive, or a corrupt one (the entry "
                + "'package/data/t10k-labels-idx1-ubyte' declares a negative size (-1))"), e.getMessage());
    }

    @Test
    void errorOutputThatIsNotUtf8IsQuotedNotReplacedByADecoderError() throws Exception {
        String path = toolPath("printf 'npm Fehler: \\374berpr\\374fung \\033[31mfehlgeschlagen\\n' >&2\nexit 1");
        DataStore store = store(tmp.resolve("cache")).withToolPath(path);

        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                () -> store.fetch(data.spec(List.of(), List.of(), List.of(NPM))));

        assertTrue(e.getMessage().contains("npm pack fake-data@1.0.0 failed (exit 1): "
                + "npm Fehler: \uFFFDberpr\uFFFDfung ?[31mfehlgeschlagen"), e.getMessage());
    }

    @Test
    void aClientThatRunsTooLongIsKilledWithEveryProcessItStarted() throws Exception {
        Path childPid = tmp.resolve("child.pid");
        String path = toolPath("sleep 300 &\necho $! > '" + childPid + "'\nwait");
        DataStore store = store(tmp.resolve("cache")).withToolPath(path)
                .withSettings(TestStores.QUICK.withClientTimeout(java.time.Duration.ofSeconds(5)));

        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                () -> store.fetch(data.spec(List.of(), List.of(), List.of(NPM))));

        assertTrue(e.getMessage().contains("npm pack fake-data@1.0.0 did not finish within 5 s (set "
                + "FMNIST_CLIENT_TIMEOUT"), e.getMessage());
        assertEnds(childPid);
    }

    @Test
    void aFetchStoppedLikeCtrlCLeavesNoTemporaryDirectoryAndNoClientBehind() throws Exception {
        Path started = tmp.resolve("started");
        Path childPid = tmp.resolve("child.pid");
        String path = toolPath("sleep 300 &\necho $! > '" + childPid + "'\ntouch '" + started + "'\nwait");
        Path jvmTmp = Files.createDirectories(tmp.resolve("jvm-tmp"));
        Process fetch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + jvmTmp, "-cp", System.getProperty("java.class.path"),
                PackageFetchProcess.class.getName(), tmp.resolve("cache").toString(), path)
                .redirectErrorStream(true).redirectOutput(tmp.resolve("fetch.log").toFile()).start();
        for (int i = 0; i < 600 && !Files.exists(started); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(started), Files.readString(tmp.resolve("fetch.log")));
        try (var work = Files.list(jvmTmp)) {
            assertTrue(work.anyMatch(p -> p.getFileName().toString().startsWith("fmnist-fake-data-")));
        }

        fetch.destroy(); // SIGTERM: the JVM shuts down as on Ctrl-C
        fetch.waitFor();

        try (var left = Files.list(jvmTmp)) {
            assertEquals(List.of(), left.toList());
        }
        assertEnds(childPid);
    }

    @Test
    void theClientTimeoutIsConfigured() {
        String old = System.getProperty("fmnist.clientTimeout");
        try {
            System.setProperty("fmnist.clientTimeout", "15m");
            assertEquals(java.time.Duration.ofMinutes(15), DataStore.fromEnvironment().settings().clientTimeout());
            System.setProperty("fmnist.clientTimeout", "900");
            assertEquals(java.time.Duration.ofSeconds(900), DataStore.fromEnvironment().settings().clientTimeout());
            System.setProperty("fmnist.clientTimeout", "soon");
            java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                    DataStore::fromEnvironment);
            assertTrue(e.getCause().getMessage().startsWith("FMNIST_CLIENT_TIMEOUT (or its -D property) is 'soon'; "
                    + "give a positive number of seconds"), e.getCause().getMessage());
        } finally {
            if (old == null) {
                System.clearProperty("fmnist.clientTimeout");
            } else {
                System.setProperty("fmnist.clientTimeout", old);
            }
        }
    }

    /** Waits up to 10 s for the process whose id is in {@code pidFile} to end, and fails if it does not. */
    private static void assertEnds(Path pidFile) throws Exception {
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100);
        }
        assertTrue(ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true), "the client's child " + pid
                + " still runs");
    }

    /** A tarball as {@code npm pack} makes it, holding {@code data}'s files (uncompressed) in package/data. */
    private Path tarball(SyntheticDataset content) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("pkg"));
        content.writeTo(root.resolve("package/data"), false);
        Files.writeString(root.resolve("package/package.json"), "{\"name\": \"fake-data\"}");
        Path tgz = tmp.resolve("fake-data-1.0.0.tgz");
        Process tar = new ProcessBuilder("tar", "-czf", tgz.toString(), "-C", root.toString(), "package")
                .inheritIO().start();
        assertEquals(0, tar.waitFor());
        return tgz;
    }

    @Test
    void filesAreTakenFromAnNpmTarballEvenOffline() throws Exception {
        Path tgz = tarball(data);
        String path = toolPath("[ \"$1 $2\" = \"pack fake-data@1.0.0\" ] || exit 3\ncp '" + tgz + "' . && echo "
                + tgz.getFileName());
        DatasetSpec spec = data.spec(List.of(), List.of(), List.of(NPM));
        DataStore store = store(tmp.resolve("cache")).offline(true).withToolPath(path);

        FetchReport report = store.fetch(spec);

        assertFetched(report, data, "npm:fake-data@1.0.0");
        assertCacheHolds(tmp.resolve("cache"), data, EnumSet.allOf(FileRole.class));
        assertFetched(store.fetch(spec), data, "cache (from npm:fake-data@1.0.0)");
    }

    @Test
    void aMissingClientIsAReasonNotACrash() throws Exception {
        DatasetSpec spec = data.spec(List.of(), List.of(),
                List.of(new PackageSource("apt", "dataset-fake", null, "usr/share/fake"), NPM));
        DataStore store = store(tmp.resolve("cache")).withToolPath(Files.createDirectories(tmp.resolve("empty"))
                .toString());

        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class, () -> store.fetch(spec));

        assertTrue(e.getMessage().contains("\n  - apt:dataset-fake: apt-get not found on the PATH\n"), e.getMessage());
        assertTrue(e.getMessage().contains("\n  - npm:fake-data@1.0.0: npm not found on the PATH\n"), e.getMessage());
    }

    @Test
    void aFailingClientIsReportedWithItsErrorOutput() throws Exception {
        String path = toolPath("echo 'npm error code E404' >&2\necho 'npm error 404 Not Found - fake-data' >&2\nexit 1");
        DataStore store = store(tmp.resolve("cache")).withToolPath(path);

        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                () -> store.fetch(data.spec(List.of(), List.of(), List.of(NPM))));

        assertTrue(e.getMessage().contains("npm:fake-data@1.0.0: npm pack fake-data@1.0.0 failed (exit 1): "
                + "npm error code E404 | npm error 404 Not Found - fake-data"), e.getMessage());
        assertCacheHolds(tmp.resolve("cache"), data, Set.of());
    }

    @Test
    void filesOfAnotherDatasetInAPackageAreRejectedByChecksum() throws Exception {
        // the other dataset's labels are the same bytes (labels cycle 0..9), so only its images differ
        Path tgz = tarball(SyntheticDataset.create("other", 999));
        String path = toolPath("cp '" + tgz + "' .");
        DataStore store = store(tmp.resolve("cache")).withToolPath(path);

        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                () -> store.fetch(data.spec(List.of(), List.of(), List.of(NPM))));

        assertTrue(e.getMessage().contains("npm:fake-data@1.0.0: train-images-idx3-ubyte: "
                + "train-images-idx3-ubyte.gz from npm:fake-data@1.0.0: checksum mismatch"), e.getMessage());
        assertTrue(e.getMessage().contains("no source supplied train-images-idx3-ubyte, t10k-images-idx3-ubyte."),
                e.getMessage());
        assertCacheHolds(tmp.resolve("cache"), data, Set.of(FileRole.TRAIN_LABELS, FileRole.TEST_LABELS));
    }
}
