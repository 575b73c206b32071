package dev.fmnist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.testing.SyntheticDataset;
import dev.fmnist.data.format.KaggleCsv;
import dev.fmnist.data.idx.IdxArray;
import dev.fmnist.data.idx.IdxReader;
import dev.fmnist.data.idx.SyntheticIdx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code fmnist import --from csv}: valid files become IDX files; a malformed row is named and nothing is written. */
class ImportCommandTest {
    private static final int N = 30;

    @TempDir
    Path tmp;

    /** Rows of a synthetic Kaggle CSV: header, then {@link SyntheticDataset} images with labels i % 10. */
    private static List<String> rows() {
        byte[] images = SyntheticDataset.images(N, 5);
        List<String> rows = new ArrayList<>();
        rows.add(KaggleCsv.header());
        for (int i = 0; i < N; i++) {
            StringBuilder sb = new StringBuilder().append(i % 10);
            for (int p = 0; p < 784; p++) {
                sb.append(',').append(images[i * 784 + p] & 0xFF);
            }
            rows.add(sb.toString());
        }
        return rows;
    }

    private Path csv(String name, List<String> rows) throws IOException {
        return Files.write(tmp.resolve(name), String.join("\n", rows).concat("\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void syntheticCsvBecomesIdx() throws IOException {
        Path file = csv("mine_test.csv", rows());
        Path out = tmp.resolve("idx");
        Cli.Result r = Cli.run("import", "--from", "csv", file.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.both());
        assertTrue(r.out().startsWith("read 30 test images from " + file), r.both());
        IdxArray images = IdxReader.read(out.resolve("t10k-images-idx3-ubyte"));
        IdxArray labels = IdxReader.read(out.resolve("t10k-labels-idx1-ubyte"));
        assertArrayEquals(new int[] {N, 28, 28}, images.shape());
        assertArrayEquals(SyntheticDataset.images(N, 5), images.bytes());
        assertArrayEquals(SyntheticDataset.labels(N), labels.bytes());
    }

    @Test
    void gzippedCsvWithoutHeaderAndExplicitSplitGzipped() throws IOException {
        List<String> rows = rows().subList(1, N + 1);
        Path file = Files.write(tmp.resolve("rows.csv.gz"),
                SyntheticIdx.gzip(String.join("\r\n", rows).getBytes(StandardCharsets.UTF_8)));
        Path out = tmp.resolve("idx");
        Cli.Result r = Cli.run("import", "--from", "csv", file.toString(), "--split", "train", "--gzip",
                "--out", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.both());
        assertArrayEquals(SyntheticDataset.labels(N), IdxReader.read(out.resolve("train-labels-idx1-ubyte.gz")).bytes());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(3, 5, "7x", "line 4, column 5 (pixel4): '7x' is not an integer"),
                Arguments.of(3, 5, "2.5", "line 4, column 5 (pixel4): '2.5' is not an integer"),
                Arguments.of(10, 785, "256", "line 11, column 785 (pixel784): 256 is out of range 0..255"),
                Arguments.of(2, 2, "-1", "line 3, column 2 (pixel1): -1 is out of range 0..255"),
                Arguments.of(2, 2, "", "line 3, column 2 (pixel1): the value is empty"),
                Arguments.of(5, 1, "10", "line 6, column 1 (label): label 10 is out of range 0..9"),
                Arguments.of(7, 786, "0", "line 8 has 786 values; expected 785 (a label and 784 pixels)"),
                Arguments.of(7, -1, null, "line 8 has 784 values; expected 785 (a label and 784 pixels)"));
    }

    /**
     * @param row    the data row to spoil (1-based; line {@code row + 1} of the file)
     * @param column the 1-based column to replace, 786 to add one, -1 to drop the last
     */
    @ParameterizedTest
    @MethodSource("malformed")
    void malformedRowIsNamedAndNothingIsWritten(int row, int column, String value, String expected)
            throws IOException {
        List<String> rows = rows();
        List<String> cells = new ArrayList<>(List.of(rows.get(row).split(",", -1)));
        if (column == 786) {
            cells.add(value);
        } else if (column == -1) {
            cells.remove(cells.size() - 1);
        } else {
            cells.set(column - 1, value);
        }
        rows.set(row, String.join(",", cells));
        Path file = csv("bad_train.csv", rows);
        Path out = tmp.resolve("idx");
        Cli.Result r = Cli.run("import", "--from", "csv", file.toString(), "--out", out.toString());
        assertEquals(ExitCode.FAILURE, r.code(), r.both());
        assertTrue(r.err().contains("fmnist: " + file + ": " + expected), r.both());
        assertFalse(Files.exists(out), "nothing may be written: " + r.both());
    }

    @Test
    void wrongHeaderEmptyLinesAndEmptyFiles() throws IOException {
        Path out = tmp.resolve("idx");
        List<String> rows = rows();
        rows.set(0, "label,pixel1,pixel2");
        Cli.Result header = Cli.run("import", "--from", "csv", csv("h_train.csv", rows).toString(), "--out", out.toString());
        assertTrue(header.err().contains("line 1: the header has 3 columns starting with 'label'; Kaggle's layout has "
                + "785: label,pixel1,...,pixel784"), header.both());

        rows = rows();
        rows.add(4, "");
        Cli.Result blank = Cli.run("import", "--from", "csv", csv("b_train.csv", rows).toString(), "--out", out.toString());
        assertTrue(blank.err().contains("line 5 is empty"), blank.both());

        Cli.Result empty = Cli.run("import", "--from", "csv", csv("e_train.csv", List.of(KaggleCsv.header())).toString(),
                "--out", out.toString());
        assertTrue(empty.err().contains("no data rows"), empty.both());

        Cli.Result missing = Cli.run("import", "--from", "csv", tmp.resolve("none_train.csv").toString(), "--out",
                out.toString());
        assertEquals(ExitCode.FAILURE, missing.code(), missing.both());
        assertTrue(missing.err().contains("none_train.csv: no such file"), missing.both());
        Cli.Result missingAnyName = Cli.run("import", "--from", "csv", tmp.resolve("mine.csv").toString(), "--out",
                out.toString());
        assertEquals("fmnist: " + tmp.resolve("mine.csv") + ": no such file", missingAnyName.err().strip(),
                "a missing file is reported before the split is inferred from its name");
        assertFalse(Files.exists(out));
    }
}
