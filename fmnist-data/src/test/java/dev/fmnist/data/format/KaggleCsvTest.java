package dev.fmnist.data.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Split;
import dev.fmnist.data.testing.SyntheticDataset;
import dev.fmnist.data.progress.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KaggleCsvTest {
    private static final List<String> NAMES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @TempDir
    Path tmp;

    @Test
    void writeThenReadIsIdentityPlainAndGzipped() throws IOException {
        Split s = SyntheticDataset.split("train", 1500, 3, NAMES);
        for (boolean gzip : new boolean[] {false, true}) {
            Path file = tmp.resolve("x" + gzip + ".csv");
            KaggleCsvWriter.write(s, file, gzip, Progress.NONE);
            Split back = KaggleCsvReader.read(file, "train", NAMES, Progress.NONE);
            assertEquals(1500, back.count());
            assertArrayEquals(s.images(), back.images());
            assertArrayEquals(s.labels(), back.labels());
        }
    }

    @Test
    void layoutIsKaggles() throws IOException {
        Path file = tmp.resolve("fashion-mnist_train.csv");
        KaggleCsvWriter.write(SyntheticDataset.split("train", 2, 3, NAMES), file, false, Progress.NONE);
        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("label,pixel1,pixel2,"));
        assertTrue(lines.get(0).endsWith(",pixel784"));
        assertTrue(lines.get(1).startsWith("0,"));
        assertTrue(lines.get(2).startsWith("1,"));
        assertEquals("fashion-mnist_train.csv", KaggleCsv.fileName("Fashion-MNIST", "train"));
    }

    @Test
    void corruptGzipIsNamed() throws IOException {
        Path file = tmp.resolve("bad.csv.gz");
        Files.write(file, new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3});
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> KaggleCsvReader.read(file, "train", NAMES, Progress.NONE));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("gzip"), e.getMessage());
    }

    @Test
    void moreRowsThanOneSplitCanHoldIsAClearErrorNotAnOverflow() throws IOException {
        Path file = tmp.resolve("big.csv");
        KaggleCsvWriter.write(SyntheticDataset.split("train", 1501, 3, NAMES), file, false, Progress.NONE);

        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> KaggleCsvReader.read(file, "train", NAMES, Progress.NONE, 1500));
        Split atTheLimit = KaggleCsvReader.read(file, "train", NAMES, Progress.NONE, 1501);

        assertEquals(file + ": line 1502: more than 1,500 rows, the most one split can hold (its 784-byte images "
                + "fill one Java array); split the file", e.getMessage());
        assertEquals(1501, atTheLimit.count());
    }

    @Test
    void theRowLimitIsWhatOneJavaArrayOfImagesHoldsAndAboveTheRowsWhereTheIntOverflowed() {
        assertEquals(2_739_137, KaggleCsvReader.MAX_ROWS);
        assertTrue((long) KaggleCsvReader.MAX_ROWS * 784 <= Integer.MAX_VALUE - 8);
        assertTrue(KaggleCsvReader.MAX_ROWS > 2_097_152, "the doubling from 2^21 rows must stop at the limit");
    }
}
