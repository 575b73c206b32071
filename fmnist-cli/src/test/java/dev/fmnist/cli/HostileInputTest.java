package dev.fmnist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files given to the commands end in the error reporter's one-line message and exit 1, never in
 * "unexpected error", a stack trace or running out of memory.
 */
class HostileInputTest {
    private static final String MANIFEST = """
            {"format": "fmnist-nn-model", "format_version": 1, "fmnist_version": "0.1.0",
             "architecture": {"name": "cnn", "model": "cnn"}, "dataset": "fashion", "rows": 28, "cols": 28,
             "normalization": {"mean": 72.9, "std": 90.0},
             "labels": ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]}
            """;

    @TempDir
    Path tmp;

    /** The run failed with exit 1 and one line naming the problem. */
    static Cli.Result failsWithOneLine(String expected, String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(ExitCode.FAILURE, r.code(), r.both());
        assertEquals(1, r.err().lines().count(), r.both());
        assertTrue(r.err().startsWith("fmnist: "), r.both());
        assertFalse(r.err().contains("unexpected error"), r.both());
        assertTrue(r.err().contains(expected), r.both());
        return r;
    }

    private Path model(String name, String manifest) throws IOException {
        Path file = tmp.resolve(name + ".model");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("parameters"));
            zip.write(new byte[100]);
        }
        return file;
    }

    @Test
    void aModelWithImpossibleManifestValuesIsABadModel() throws IOException {
        Path rows = model("rows", MANIFEST.replace("\"rows\": 28", "\"rows\": -1"));
        failsWithOneLine(rows + " is not a usable fmnist model: its manifest says -1x28 images", "evaluate",
                "--model", rows.toString());
        Path dataset = model("dataset", MANIFEST.replace("\"fashion\"", "\"cifar\""));
        failsWithOneLine("its manifest names an unknown dataset 'cifar'", "predict", "--model", dataset.toString(),
                "--index", "0");
        Path architecture = model("architecture", MANIFEST.replace("\"name\": \"cnn\"", "\"name\": \"vit\""));
        failsWithOneLine("unknown model 'vit'", "evaluate", "--model", architecture.toString());
    }

    @Test
    void aModelWhoseParametersDoNotFitIsABadModel() throws IOException {
        Path file = model("params", MANIFEST);
        failsWithOneLine(file + " is not a usable fmnist model: its parameters do not fit a cnn network", "evaluate",
                "--model", file.toString());
    }

    @Test
    void aGridWithAnInfiniteNumberIsAUsageError() throws IOException {
        Path grid = Files.writeString(tmp.resolve("inf.json"), "{\"classifiers\": {\"SVC\": [{\"C\": [1e400]}]}}");
        Cli.Result r = Cli.run("benchmark", "--config", grid.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(ExitCode.USAGE, r.code(), r.both());
        assertEquals("fmnist: " + grid + ":1: numbers must be finite, and this one is too large for a double",
                r.err().lines().findFirst().orElseThrow(), r.both());
    }

    @Test
    void outputThatCannotBeWrittenIsAFailureNotASuccess() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        assertEquals(ExitCode.FAILURE, versionInto("No space left on device", false, err));
        assertEquals("fmnist: could not write all of the output to standard output (is the disk full?); what was "
                + "written is incomplete: make room and run it again", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void aPipeWhoseReaderStoppedEndsQuietlyAsSigpipeWould() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        assertEquals(ExitCode.BROKEN_PIPE, versionInto("Broken pipe", true, err));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code fmnist --version} into an output whose every write fails with {@code problem}. */
    private static int versionInto(String problem, boolean pipe, java.io.ByteArrayOutputStream err) {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(problem);
            }
        };
        return Main.run(new String[] {"--version"}, new java.io.PrintStream(failing, false, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8), pipe);
    }

    @Test
    void controlCharactersInAMessageArePrintedAsQuestionMarks() {
        Path model = tmp.resolve("a\u001b[2J\u0007b\nc.model");
        Cli.Result r = failsWithOneLine("a?[2J?b c.model", "evaluate", "--model", model.toString());
        assertTrue(r.err().chars().noneMatch(c -> c < 32 && c != '\n'), r.both());
    }
}
