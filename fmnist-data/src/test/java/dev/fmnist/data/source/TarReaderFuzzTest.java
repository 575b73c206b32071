package dev.fmnist.data.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.testing.Allocations;
import dev.fmnist.data.testing.FuzzInputs;
import java.io.ByteArrayInputStream;
import dev.fmnist.data.testing.Fuzzing;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the tar reader: any input either lists its files, each as long as it declares, or fails with a
 * {@link TarFormatException} or an {@link EOFException} saying where the archive ends; never another exception, and
 * never more memory than a bound proportional to the input (a header's sizes are never allocated). Budget:
 * {@value #TRIES} inputs, {@code -Dfmnist.fuzz.tries=N} for a long run (docs/hardening.md).
 */
class TarReaderFuzzTest {
    private static final long FIXED = 1 << 20;
    private static final int TRIES = 300;
    private static final List<byte[]> CORPUS = FuzzInputs.corpus("tar");

    /** Class loading and first calls allocate once a JVM: done before the bound is measured, on the corpus. */
    @BeforeAll
    static void readTheCorpusOnce() throws IOException {
        for (byte[] archive : CORPUS) {
            listFilesOrFail(archive);
        }
    }

    @Test
    void anArchiveListsItsFilesOrFailsWithItsOwnFormatErrorWithinBoundedMemory() {
        Fuzzing.check("tar archives", TRIES, random -> {
            byte[] input = FuzzInputs.mutated(CORPUS, false, random);
            long allocated = Allocations.measure(() -> listFilesOrFail(input));
            assertTrue(allocated < FIXED + 4L * input.length, "allocated " + allocated + " for " + input.length);
        });
    }

    /** Reads every file of {@code input}, each as long as it declares, or fails with the reader's own error. */
    private static void listFilesOrFail(byte[] input) throws IOException {
        try {
            TarReader r = new TarReader(new ByteArrayInputStream(input));
            long total = 0;
            for (TarReader.Entry e; (e = r.next()) != null; ) {
                long n = r.content().transferTo(OutputStream.nullOutputStream());
                assertTrue(n == e.size(), e + " delivered " + n);
                total += n;
            }
            assertTrue(total <= input.length, "more content than input");
        } catch (TarFormatException | EOFException e) {
            assertTrue(e.getMessage().startsWith("not a tar archive") || e.getMessage().startsWith("the tar "),
                    e.getMessage());
        }
    }
}
