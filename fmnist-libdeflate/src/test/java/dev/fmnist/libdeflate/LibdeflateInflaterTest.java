package dev.fmnist.libdeflate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fmnist.data.idx.IdxArray;
import dev.fmnist.data.idx.IdxFormatException;
import dev.fmnist.data.idx.IdxReader;
import dev.fmnist.data.idx.IdxType;
import dev.fmnist.data.idx.IdxWriter;
import dev.fmnist.data.idx.SyntheticIdx;
import dev.fmnist.data.idx.WholeGzipInflater;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibdeflateInflaterTest {
    private static WholeGzipInflater inflater;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadLibdeflate() {
        try {
            inflater = new LibdeflateInflater();
        } catch (UnsatisfiedLinkError e) {
            inflater = null;
        }
        assumeTrue(inflater != null, "libdeflate is not installed (Debian: apt-get install libdeflate0)");
    }

    private static ByteBuffer direct(byte[] b) {
        return ByteBuffer.allocateDirect(b.length).put(b).flip();
    }

    @Test
    void isFoundByIdxReaderThroughServiceLoader() {
        assertInstanceOf(LibdeflateInflater.class, IdxReader.wholeGzipInflater().orElseThrow());
        assertEquals("libdeflate (JNA)", inflater.name());
    }

    @Test
    void inflatesAWholeGzipMember() throws IOException {
        byte[] plain = new byte[300_000];
        new Random(1).nextBytes(plain);
        java.util.Arrays.fill(plain, 1000, 200_000, (byte) 7);
        try (WholeGzipInflater.Inflated out = inflater.inflate(direct(SyntheticIdx.gzip(plain)), plain.length)) {
            byte[] back = new byte[plain.length];
            out.content().get(0, back);
            assertArrayEquals(plain, back);
        }
    }

    @Test
    void declinesCorruptTruncatedConcatenatedAndWrongSizes() throws IOException {
        byte[] plain = new byte[10_000];
        byte[] gz = SyntheticIdx.gzip(plain);
        byte[] badCrc = gz.clone();
        badCrc[gz.length - 6] ^= 1;
        assertNull(inflater.inflate(direct(badCrc), plain.length));
        assertNull(inflater.inflate(direct(java.util.Arrays.copyOf(gz, gz.length - 1)), plain.length));
        assertNull(inflater.inflate(direct(gz), plain.length + 1));
        assertNull(inflater.inflate(direct(gz), plain.length - 1));
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        two.write(gz);
        two.write(gz);
        assertNull(inflater.inflate(direct(two.toByteArray()), plain.length));
    }

    @Test
    void idxFilesReadTheSameWithLibdeflateAndDamageIsStillReportedPrecisely() throws Exception {
        IdxArray array = SyntheticIdx.array(IdxType.UNSIGNED_BYTE, new Random(2), 500, 28, 28);
        Path file = dir.resolve("train-images-idx3-ubyte.gz");
        IdxWriter.write(array, file, true);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        assertEquals(array, IdxReader.read(file, sha));
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(SyntheticIdx.decompressed(file)), sha.digest());

        byte[] gz = Files.readAllBytes(file);
        gz[gz.length - 6] ^= 1;
        Files.write(file, gz);
        IdxFormatException e = org.junit.jupiter.api.Assertions.assertThrows(IdxFormatException.class,
                () -> IdxReader.read(file));
        assertTrue(e.getMessage().contains("corrupt gzip stream (Corrupt GZIP trailer)"), e.getMessage());
    }
}
