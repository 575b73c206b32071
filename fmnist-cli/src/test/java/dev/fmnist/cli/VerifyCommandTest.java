package dev.fmnist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.testing.SyntheticDataset;
import dev.fmnist.data.idx.IdxArray;
import dev.fmnist.data.idx.IdxWriter;
import dev.fmnist.data.idx.SyntheticIdx;
import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fmnist verify} on synthetic files: every problem is reported, and any problem means exit code 1. */
class VerifyCommandTest {
    @TempDir
    Path tmp;

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(tmp.resolve(name), content);
    }

    @Test
    void soundFilesWithUnregisteredNamesPass() throws IOException {
        Path images = tmp.resolve("my-images.idx");
        IdxWriter.write(IdxArray.ofUnsignedBytes(SyntheticDataset.images(20, 1), 20, 28, 28), images, true);
        Cli.Result r = Cli.run("verify", images.toString());
        assertEquals(ExitCode.OK, r.code(), r.both());
        assertTrue(r.out().contains("OK    " + images + ": unsigned byte [20 x 28 x 28], payload sha256 "), r.both());
        assertTrue(r.out().contains("not a registered file name"), r.both());
    }

    @Test
    void aDeviceOrALinkToNothingIsNotReportedAsMissing() throws IOException {
        Path loop = Files.createSymbolicLink(tmp.resolve("loop.gz"), Path.of("loop.gz"));
        Cli.Result r = Cli.run("verify", "/dev/null", loop.toString());
        assertEquals(ExitCode.FAILURE, r.code(), r.both());
        assertTrue(r.out().contains("FAIL  /dev/null\n      - not a regular file (a device or a pipe); give an IDX file"),
                r.both());
        assertTrue(r.out().contains("FAIL  " + loop + "\n      - a link that leads to no file (broken, or a loop)"),
                r.both());
    }

    @Test
    void everyBadFileIsReportedNotJustTheFirst() throws IOException {
        Path good = tmp.resolve("good.idx");
        IdxWriter.write(IdxArray.ofUnsignedBytes(new byte[] {1, 2, 3}, 3), good, false);
        byte[] full = Files.readAllBytes(good);
        Path truncated = write("truncated.idx", Arrays.copyOf(full, full.length - 2));
        Path html = write("page.gz", "<!DOCTYPE html><html><body>Not Found</body></html>".getBytes(StandardCharsets.UTF_8));
        byte[] gz = SyntheticIdx.gzip(full);
        Path cut = write("cut.idx.gz", Arrays.copyOf(gz, gz.length / 2));
        Path missing = tmp.resolve("missing.idx");

        Cli.Result r = Cli.run("verify", good.toString(), truncated.toString(), html.toString(), cut.toString(),
                missing.toString());
        assertEquals(ExitCode.FAILURE, r.code(), r.both());
        assertTrue(r.out().contains("OK    " + good), r.both());
        assertTrue(r.out().contains("FAIL  " + truncated), r.both());
        assertTrue(r.out().contains("truncated: expected 3 bytes of label data after the 8-byte header"), r.both());
        assertTrue(r.out().contains("FAIL  " + html), r.both());
        assertTrue(r.out().contains("HTML"), r.both());
        assertTrue(r.out().contains("FAIL  " + cut), r.both());
        assertTrue(r.out().contains("gzip"), r.both());
        assertTrue(r.out().contains("FAIL  " + missing + "\n      - no such file"), r.both());
        assertTrue(r.out().contains("4 of 5 files have problems"), r.both());
        assertTrue(r.err().isEmpty(), r.both());
    }

    @Test
    void registeredNamesAreCheckedForShapeLabelsAndChecksum() throws IOException {
        SyntheticDataset.write(tmp, 20, 10, true);
        IdxWriter.write(IdxArray.ofUnsignedBytes(new byte[] {0, 1, 12}, 3), tmp.resolve("t10k-labels-idx1-ubyte.gz"),
                true);
        Cli.Result r = Cli.run("verify", tmp.toString());
        assertEquals(ExitCode.FAILURE, r.code(), r.both());
        String out = r.out();
        assertTrue(out.contains("holds unsigned byte [20 x 28 x 28]; train-images-idx3-ubyte should hold unsigned "
                + "byte [60000 x 28 x 28]"), out);
        assertTrue(out.contains("checksum mismatch: payload sha256 is "), out);
        assertTrue(out.contains("c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888 (Fashion-MNIST)"), out);
        assertTrue(out.contains("label 12 at index 2 is outside 0..9"), out);
        assertTrue(out.contains("holds 3 labels but " + tmp.resolve("t10k-images-idx3-ubyte.gz") + " holds 10 images"),
                out);
        assertTrue(out.contains("4 of 4 files have problems"), out);
    }

    @Test
    void datasetInAnExplicitDirectoryReportsMissingFiles() throws IOException {
        SyntheticDataset.write(tmp, 20, 10, false);
        Files.delete(tmp.resolve(FileRole.TEST_IMAGES.baseName()));
        Cli.Result r = Cli.run("--data", tmp.toString(), "verify", "fashion");
        assertEquals(ExitCode.FAILURE, r.code(), r.both());
        assertTrue(r.out().startsWith("Checking Fashion-MNIST in " + tmp), r.both());
        assertTrue(r.out().contains("FAIL  " + tmp.resolve("t10k-images-idx3-ubyte.gz") + "\n      - missing (looked for "
                + "t10k-images-idx3-ubyte.gz, t10k-images-idx3-ubyte, t10k-images.idx3-ubyte.gz, t10k-images.idx3-ubyte)"),
                r.both());
    }

    @Test
    void emptyDirectoryIsAProblem() {
        Cli.Result r = Cli.run("verify", tmp.toString());
        assertEquals(ExitCode.FAILURE, r.code(), r.both());
        assertTrue(r.out().contains("a directory with no dataset files in it"), r.both());
    }

    @Test
    void aTinyGzipFileDeclaringAHugeArrayIsOneLineWithinA256MegabyteHeap() throws Exception {
        byte[] header = SyntheticIdx.header(0x08, 1, 2_000_000_000L);
        Path file = write("train-labels-idx1-ubyte.gz", SyntheticIdx.gzip(Arrays.copyOf(header, header.length + 10)));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "verify", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(ExitCode.FAILURE, p.waitFor(), output);
        assertTrue(output.contains("FAIL  " + file + "\n      - ")
                && output.contains("truncated: expected 2,000,000,000 bytes of label data"), output);
        assertTrue(!output.contains("OutOfMemoryError") && !output.contains("\tat "), output);
    }

    @Test
    void controlCharactersFromAFileArePrintedAsQuestionMarks() throws IOException {
        Path page = write("page\u001b[2J.gz", "<html>\u001b]0;pwned\u0007\u001b[31mred</html>"
                .getBytes(StandardCharsets.UTF_8));

        Cli.Result r = Cli.run("verify", page.toString());

        assertEquals(ExitCode.FAILURE, r.code(), r.both());
        assertTrue(!r.out().contains("\u001b") && !r.out().contains("\u0007"), r.both());
        assertTrue(r.out().contains("page?[2J.gz"), r.both());
        assertTrue(r.out().contains("starting with \"<html>?]0;pwned??[31mred</html>\""), r.both());
    }
}
