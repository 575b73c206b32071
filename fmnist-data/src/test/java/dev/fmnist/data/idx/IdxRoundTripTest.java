package dev.fmnist.data.idx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every element type in ranks 1 to 4, written and read back, plain and gzipped. */
class IdxRoundTripTest {
    @TempDir
    Path dir;

    static List<Arguments> typesRanksAndCompression() {
        List<Arguments> cases = new ArrayList<>();
        for (IdxType type : IdxType.values()) {
            for (int rank = 1; rank <= 4; rank++) {
                cases.add(Arguments.of(type, rank, false));
                cases.add(Arguments.of(type, rank, true));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} rank {1} gzip {2}")
    @MethodSource("typesRanksAndCompression")
    void writesAndReadsBackEveryTypeAndRank(IdxType type, int rank, boolean gzip) throws IOException {
        int[] dims = Arrays.copyOf(new int[] {7, 3, 5, 2}, rank);
        IdxArray original = SyntheticIdx.array(type, new Random(rank * 31L + type.code()), dims);
        Path file = dir.resolve("a.idx");

        IdxWriter.write(original, file, gzip);
        IdxArray back = IdxReader.read(file);

        assertEquals(original, back);
        assertEquals(new IdxHeader(type, dims), IdxReader.readHeader(file));
        byte[] plain = SyntheticIdx.decompressed(file);
        assertEquals(gzip, SyntheticIdx.startsWithGzipMagic(Files.readAllBytes(file)));
        assertArrayEquals(original.header().encode(), Arrays.copyOf(plain, 4 + 4 * rank));
        assertEquals(4 + 4 * rank + (long) original.size() * type.width(), plain.length);
    }

    @Test
    void headerIsBigEndianMagicAndSizes() {
        IdxHeader h = new IdxHeader(IdxType.UNSIGNED_BYTE, 60_000, 28, 28);
        assertArrayEquals(new byte[] {0, 0, 8, 3, 0, 0, (byte) 0xEA, 0x60, 0, 0, 0, 28, 0, 0, 0, 28}, h.encode());
        assertEquals(0x0803, h.magic());
        assertEquals(16, h.headerBytes());
        assertEquals(47_040_000L, h.payloadBytes());
        assertEquals("unsigned byte [60000 x 28 x 28]", h.toString());
    }

    @Test
    void elementsAreBigEndianInTheFile() throws IOException {
        Path file = dir.resolve("ints");
        IdxWriter.write(IdxArray.ofInts(new int[] {0x01020304, -1}, 2), file, false);
        byte[] raw = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {0, 0, 0x0C, 1, 0, 0, 0, 2, 1, 2, 3, 4, -1, -1, -1, -1}, raw);
    }

    @Test
    void compressionIsJudgedByContentNotName() throws IOException {
        IdxArray a = SyntheticIdx.array(IdxType.UNSIGNED_BYTE, new Random(1), 10, 4, 4);
        Path gzipWithoutSuffix = dir.resolve("train-images-idx3-ubyte");
        Path plainWithGzSuffix = dir.resolve("train-images-idx3-ubyte.gz");
        IdxWriter.write(a, gzipWithoutSuffix, true);
        IdxWriter.write(a, plainWithGzSuffix, false);
        assertEquals(a, IdxReader.read(gzipWithoutSuffix));
        assertEquals(a, IdxReader.read(plainWithGzSuffix));
        assertEquals(a.header(), IdxReader.readHeader(gzipWithoutSuffix));
        assertEquals(a.header(), IdxReader.readHeader(plainWithGzSuffix));
    }

    @Test
    void digestCoversTheWholeDecompressedFile() throws Exception {
        IdxArray a = SyntheticIdx.array(IdxType.UNSIGNED_BYTE, new Random(2), 100, 28, 28);
        for (boolean gzip : new boolean[] {false, true}) {
            Path file = dir.resolve("d" + gzip);
            IdxWriter.write(a, file, gzip);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            IdxReader.read(file, sha);
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(SyntheticIdx.decompressed(file));
            assertArrayEquals(expected, sha.digest(), "gzip " + gzip);
        }
    }

    @Test
    void readsFromAStream() throws IOException {
        IdxArray a = SyntheticIdx.array(IdxType.DOUBLE, new Random(3), 4, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IdxWriter.write(a, out);
        assertEquals(a, IdxReader.read(new ByteArrayInputStream(out.toByteArray()), "stream", null));
    }

    @Test
    void emptyArraysRoundTrip() throws IOException {
        IdxArray empty = IdxArray.ofUnsignedBytes(new byte[0], 0, 28, 28);
        Path file = dir.resolve("empty");
        IdxWriter.write(empty, file, true);
        assertEquals(empty, IdxReader.read(file));
    }

    @Test
    void writingReplacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("labels");
        IdxWriter.write(IdxArray.ofUnsignedBytes(new byte[] {1, 2, 3}, 3), file, false);
        IdxWriter.write(IdxArray.ofUnsignedBytes(new byte[] {4}, 1), file, true);
        assertEquals(IdxArray.ofUnsignedBytes(new byte[] {4}, 1), IdxReader.read(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void arrayAccessorsCheckTheType() {
        IdxArray shorts = IdxArray.ofShorts(new short[] {-2, 300}, 2);
        assertArrayEquals(new short[] {-2, 300}, shorts.shorts());
        assertEquals(300.0, shorts.getDouble(1));
        IllegalStateException e = assertThrows(IllegalStateException.class, shorts::bytes);
        assertEquals("this IDX array holds short [2], not byte[]", e.getMessage());
        assertEquals(255.0, IdxArray.ofUnsignedBytes(new byte[] {-1}, 1).getDouble(0));
        assertEquals(-1.0, IdxArray.ofSignedBytes(new byte[] {-1}, 1).getDouble(0));
        assertThrows(IllegalArgumentException.class, () -> IdxArray.ofFloats(new float[3], 2, 2));
    }

    @Test
    void headerRejectsImpossibleShapes() {
        assertThrows(IllegalArgumentException.class, () -> new IdxHeader(IdxType.INT));
        assertThrows(IllegalArgumentException.class, () -> new IdxHeader(IdxType.INT, 3, -1));
        assertThrows(IllegalArgumentException.class, () -> new IdxHeader(IdxType.INT, new int[256]));
    }

    @Test
    void unknownTypeCodeNamesTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdxType.fromCode(0x0A));
        assertEquals("unknown IDX type code 0x0A (valid: 0x08 unsigned byte, 0x09 signed byte, 0x0B short, "
                + "0x0C int, 0x0D float, 0x0E double)", e.getMessage());
        for (IdxType t : IdxType.values()) {
            assertEquals(t, IdxType.fromCode(t.code()));
        }
    }
}
