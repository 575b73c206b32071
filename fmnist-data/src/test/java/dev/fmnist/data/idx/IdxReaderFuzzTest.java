package dev.fmnist.data.idx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.testing.Allocations;
import dev.fmnist.data.testing.FuzzInputs;
import java.io.ByteArrayInputStream;
import dev.fmnist.data.testing.Fuzzing;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the IDX reader, plain and gzip, file and stream: any input either reads as an array whose size agrees with
 * its header, or fails with an {@link IdxFormatException} naming the file; never another exception, and never more
 * memory than a bound proportional to the input (a header cannot make the reader allocate what the data does not
 * hold). Budget: {@value #TRIES} inputs a target, {@code -Dfmnist.fuzz.tries=N} for a long run (docs/hardening.md).
 */
class IdxReaderFuzzTest {
    /** Fixed costs (buffers, inflater) plus what the input can decompress to, at deflate's best ratio. */
    private static final long FIXED = 8 << 20;
    private static final int TRIES = 300;
    private static final List<byte[]> CORPUS = FuzzInputs.corpus("idx");

    @Test
    void aFileReadsOrFailsWithItsOwnFormatErrorWithinBoundedMemory() {
        Fuzzing.check("idx files", TRIES, random -> {
            byte[] input = FuzzInputs.mutated(CORPUS, true, random);
            Path file = FuzzInputs.asFile(input, "input");
            long allocated = Allocations.measure(() -> {
                try {
                    IdxArray a = IdxReader.read(file);
                    assertEquals(a.header().elementCount(), a.size());
                } catch (IdxFormatException e) {
                    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
                }
            });
            assertTrue(allocated < FIXED + 4L * 1032 * input.length, "allocated " + allocated + " for " + input.length);
        });
    }

    @Test
    void aStreamReadsOrFailsWithItsOwnFormatErrorWithinBoundedMemory() {
        Fuzzing.check("idx streams", TRIES, random -> {
            byte[] input = FuzzInputs.mutated(CORPUS, true, random);
            long allocated = Allocations.measure(() -> {
                try {
                    IdxArray a = IdxReader.read(new ByteArrayInputStream(input), "stream", null);
                    assertEquals(a.header().elementCount(), a.size());
                } catch (IdxFormatException e) {
                    assertTrue(e.getMessage().startsWith("stream: "), e.getMessage());
                }
            });
            assertTrue(allocated < FIXED + 4L * input.length, "allocated " + allocated + " for " + input.length);
        });
    }
}
