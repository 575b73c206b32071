package dev.fmnist.data.idx;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.testing.Allocations;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A header that declares a huge array costs no memory until the data arrives (gzip files and streams). */
class IdxBoundedMemoryTest {
    private static final long LIMIT = 16 << 20;
    private static final int DECLARED = 2_000_000_000;

    @TempDir
    Path dir;

    @Test
    void aSmallGzipFileDeclaringAHugeArrayIsFoundTruncatedWithoutAllocatingIt() throws Exception {
        byte[] gzip = SyntheticIdx.gzip(withData(SyntheticIdx.header(0x08, 1, DECLARED), 10));
        Path file = Files.write(dir.resolve("huge.gz"), gzip);
        assertTrue(gzip.length < 40, "a tiny file: " + gzip.length);

        long allocated = Allocations.measure(() -> {
            IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));
            assertTrue(e.getMessage().contains("truncated: expected 2,000,000,000 bytes of label data"),
                    e.getMessage());
        });

        assertTrue(allocated < LIMIT, "allocated " + allocated + " bytes");
    }

    @Test
    void aStreamDeclaringAHugeArrayIsFoundTruncatedWithoutAllocatingIt() throws Exception {
        byte[] plain = withData(SyntheticIdx.header(0x08, 3, 2_000_000, 1000, 1), 3 << 20);

        long allocated = Allocations.measure(() -> assertThrows(IdxFormatException.class,
                () -> IdxReader.read(new ByteArrayInputStream(plain), "stream", null)));

        assertTrue(allocated < LIMIT + 2L * plain.length, "allocated " + allocated + " bytes");
    }

    @Test
    void aTrailerSizeThatTheCompressedSizeCannotHoldIsNotTrustedToTheFastInflater() throws Exception {
        byte[] gzip = SyntheticIdx.gzip(withData(SyntheticIdx.header(0x08, 1, DECLARED), 10));
        ByteBuffer.wrap(gzip, gzip.length - 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(DECLARED + 8);
        Path file = Files.write(dir.resolve("lying-trailer.gz"), gzip);
        AtomicInteger asked = new AtomicInteger();
        WholeGzipInflater recorder = new WholeGzipInflater() {
            @Override
            public String name() {
                return "recorder";
            }

            @Override
            public Inflated inflate(ByteBuffer in, int size) {
                asked.incrementAndGet();
                return null;
            }
        };

        assertThrows(IdxFormatException.class, () -> IdxReader.read(file, null, () -> recorder));

        assertTrue(asked.get() == 0, "the fast inflater must not be asked for 2 GB");
    }

    private static byte[] withData(byte[] header, int dataBytes) {
        return Arrays.copyOf(header, header.length + dataBytes);
    }
}
