package dev.fmnist.data.idx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How IdxReader uses an optional whole-file gzip inflater, and falls back to the JDK's. */
class WholeGzipInflaterTest {
    @TempDir
    Path dir;

    /** Inflates with java.util.zip, counting calls; declines when told to. */
    private static final class Recording implements WholeGzipInflater {
        int calls;
        boolean decline;

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public Inflated inflate(ByteBuffer gzip, int size) throws IOException {
            calls++;
            if (decline) {
                return null;
            }
            byte[] gz = new byte[gzip.remaining()];
            gzip.duplicate().get(gz);
            byte[] plain;
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
                plain = in.readAllBytes();
            }
            assertEquals(size, plain.length);
            ByteBuffer direct = ByteBuffer.allocateDirect(size).put(plain).flip();
            return new Inflated() {
                @Override
                public ByteBuffer content() {
                    return direct;
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private final IdxArray array = SyntheticIdx.array(IdxType.UNSIGNED_BYTE, new Random(5), 50, 28, 28);

    @Test
    void usesTheInflaterForAWholeGzipFileWithTheSameResultAndDigest() throws Exception {
        Path file = dir.resolve("images");
        IdxWriter.write(array, file, true);
        Recording fast = new Recording();
        MessageDigest withFast = MessageDigest.getInstance("SHA-256");
        MessageDigest withJdk = MessageDigest.getInstance("SHA-256");

        assertEquals(array, IdxReader.read(file, withFast, () -> fast));
        assertEquals(array, IdxReader.read(file, withJdk, () -> null));

        assertEquals(1, fast.calls);
        assertArrayEquals(withJdk.digest(), withFast.digest());
    }

    @Test
    void fallsBackToTheJdkInflaterWhenItDeclines() throws IOException {
        Path file = dir.resolve("images");
        IdxWriter.write(array, file, true);
        Recording fast = new Recording();
        fast.decline = true;
        assertEquals(array, IdxReader.read(file, null, () -> fast));
        assertEquals(1, fast.calls);
    }

    @Test
    void isNotAskedWhenTheTrailerSizeDisagreesWithTheHeaderOrTheFileIsPlain() throws IOException {
        Recording fast = new Recording();
        Path truncated = dir.resolve("truncated");
        byte[] gz = SyntheticIdx.gzip(SyntheticIdx.unsignedBytes(100, 200));
        Files.write(truncated, gz);
        String message = assertThrows(IdxFormatException.class,
                () -> IdxReader.read(truncated, null, () -> fast)).getMessage();
        assertTrue(message.contains("truncated: expected 200 bytes of label data"), message);
        Files.write(truncated, Arrays.copyOf(gz, gz.length - 3));
        assertThrows(IdxFormatException.class, () -> IdxReader.read(truncated, null, () -> fast));

        assertEquals(0, fast.calls);
    }

    @Test
    void aPlainFileNeverLooksForTheInflater() throws IOException {
        Path plain = dir.resolve("plain");
        IdxWriter.write(array, plain, false);
        assertEquals(array, IdxReader.read(plain, null, () -> {
            throw new AssertionError("a plain read must not load the optional native inflater");
        }));
    }

    @Test
    void noInflaterIsFoundWithoutAProviderOnTheClassPath() {
        assertTrue(IdxReader.wholeGzipInflater().isEmpty());
    }
}
