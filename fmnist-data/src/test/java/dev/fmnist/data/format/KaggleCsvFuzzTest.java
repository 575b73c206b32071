package dev.fmnist.data.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Split;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.data.testing.Allocations;
import dev.fmnist.data.testing.FuzzInputs;
import dev.fmnist.data.testing.Fuzzing;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the Kaggle CSV reader: any input, plain or gzip, either reads as whole rows of 784 pixels with labels in
 * range, or fails with a {@link CsvFormatException} naming the file; never another exception, and never more memory
 * than a bound proportional to what the input decompresses to. Budget: {@value #TRIES} inputs,
 * {@code -Dfmnist.fuzz.tries=N} for a long run (docs/hardening.md).
 */
class KaggleCsvFuzzTest {
    private static final List<String> NAMES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static final long FIXED = 8 << 20;
    private static final int TRIES = 300;
    private static final List<byte[]> CORPUS = FuzzInputs.corpus("csv");

    @Test
    void aFileReadsOrFailsWithItsOwnFormatErrorWithinBoundedMemory() {
        Fuzzing.check("kaggle csv files", TRIES, random -> {
            byte[] input = FuzzInputs.mutated(CORPUS, true, random);
            Path file = FuzzInputs.asFile(input, "input.csv");
            long allocated = Allocations.measure(() -> {
                try {
                    Split s = KaggleCsvReader.read(file, "train", NAMES, Progress.NONE);
                    assertEquals((long) s.count() * 784, s.images().length);
                    for (byte label : s.labels()) {
                        assertTrue(label >= 0 && label < 10, "label " + label);
                    }
                } catch (CsvFormatException e) {
                    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
                }
            });
            assertTrue(allocated < FIXED + 8L * 1032 * input.length, "allocated " + allocated + " for " + input.length);
        });
    }
}
