package dev.fmnist.data.idx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.testing.Allocations;
import dev.fmnist.data.testing.FuzzInputs;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the IDX reader, plain and gzip, file and stream: any input either reads as an array whose size agrees with
 * its header, or fails with an {@link IdxFormatException} naming the file; never another exception, and never more
 * memory than a bound proportional to the input (a header cannot make the reader allocate what the data does not
 * hold). Budget: {@code jqwik.tries.default} (see docs/hardening.md).
 */
class IdxReaderFuzzTest {
    /** Fixed costs (buffers, inflater) plus what the input can decompress to, at deflate's best ratio. */
    private static final long FIXED = 8 << 20;
    @Provide
    Arbitrary<byte[]> idxFiles() {
        return FuzzInputs.mutated(FuzzInputs.corpus("idx"), true);
    }

    @Property
    void aFileReadsOrFailsWithItsOwnFormatErrorWithinBoundedMemory(@ForAll("idxFiles") byte[] input)
            throws Exception {
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
    }

    @Property
    void aStreamReadsOrFailsWithItsOwnFormatErrorWithinBoundedMemory(@ForAll("idxFiles") byte[] input)
            throws Exception {
        long allocated = Allocations.measure(() -> {
            try {
                IdxArray a = IdxReader.read(new ByteArrayInputStream(input), "stream", null);
                assertEquals(a.header().elementCount(), a.size());
            } catch (IdxFormatException e) {
                assertTrue(e.getMessage().startsWith("stream: "), e.getMessage());
            }
        });
        assertTrue(allocated < FIXED + 4L * input.length, "allocated " + allocated + " for " + input.length);
    }
}
