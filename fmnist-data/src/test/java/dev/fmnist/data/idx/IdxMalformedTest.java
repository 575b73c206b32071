package dev.fmnist.data.idx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of malformed input fails with a message that names the file and says what is wrong. */
class IdxMalformedTest {
    @TempDir
    Path dir;

    private String failure(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("bad-file"), content);
        String message = assertThrows(IdxFormatException.class, () -> IdxReader.read(file)).getMessage();
        assertTrue(message.startsWith(file + ": "), message);
        return message.substring(file.toString().length() + 2);
    }

    private String gzipFailure(byte[] plainContent) throws IOException {
        Path file = Files.write(dir.resolve("bad-file"), SyntheticIdx.gzip(plainContent));
        String message = assertThrows(IdxFormatException.class, () -> IdxReader.read(file)).getMessage();
        assertTrue(message.startsWith(file + " (gzip): "), message);
        return message.substring(file.toString().length() + 9);
    }

    @Test
    void wrongMagicShowsTheBytesFound() throws IOException {
        assertEquals("not an IDX file: the magic number should start with two zero bytes, found 01 02 03 04",
                failure(new byte[] {1, 2, 3, 4, (byte) 0x80, 0, 0, 0}));
        assertEquals("not an IDX file: the magic number should start with two zero bytes, found 00 07 08 01",
                failure(new byte[] {0, 7, 8, 1, 0, 0, 0, 0}));
    }

    @Test
    void fileEndsInsideTheMagicNumber() throws IOException {
        assertEquals("the file ends inside the 4-byte magic number, after 00 00 08", failure(new byte[] {0, 0, 8}));
        assertEquals("not an IDX file: the magic number should start with two zero bytes, found 00",
                failure(new byte[] {0}));
    }

    @Test
    void unknownTypeCode() throws IOException {
        assertEquals("unknown IDX type code 0x0A (valid: 0x08 unsigned byte, 0x09 signed byte, 0x0B short, "
                        + "0x0C int, 0x0D float, 0x0E double) in the magic number 00 00 0A 01",
                failure(SyntheticIdx.header(0x0A, 1, 5)));
    }

    @Test
    void zeroDimensions() throws IOException {
        assertEquals("the magic number 00 00 08 00 declares zero dimensions; an IDX array needs at least one",
                failure(SyntheticIdx.header(0x08, 0)));
    }

    @Test
    void sizeThatOverflowsAJavaArray() throws IOException {
        assertEquals("the header declares 100,000 x 100,000 elements of 1 bytes, more than a Java array can hold "
                        + "(at most 2,147,483,639 bytes); this is not an MNIST-family file, or its header is corrupt",
                failure(SyntheticIdx.header(0x08, 3, 100_000, 100_000, 1)));
        assertTrue(failure(SyntheticIdx.header(0x0E, 1, 300_000_000))
                .startsWith("the header declares 300,000,000 elements of 8 bytes, more than a Java array can hold"));
        assertTrue(failure(SyntheticIdx.header(0x08, 1, 0xFFFF_FFFFL))
                .startsWith("the header declares 4,294,967,295 elements of 1 bytes"));
    }

    @Test
    void fileEndsInsideTheHeader() throws IOException {
        assertEquals("the file ends inside the header: 3 dimensions need 16 header bytes, found 8",
                failure(SyntheticIdx.header(0x08, 3, 60_000)));
    }

    @Test
    void truncatedPixelDataSaysHowMuchWasExpectedAndFound() throws IOException {
        String expected = "truncated: expected 47,040,000 bytes of pixel data after the 16-byte header "
                + "(unsigned byte [60000 x 28 x 28]), found 12,345; the file is incomplete, fetch it again";
        byte[] content = SyntheticIdx.unsignedBytes(12_345, 60_000, 28, 28);
        assertEquals(expected, failure(content));
        assertEquals(expected, gzipFailure(content));
    }

    @Test
    void truncatedLabelAndOtherData() throws IOException {
        assertTrue(failure(SyntheticIdx.unsignedBytes(9_999, 10_000)).startsWith(
                "truncated: expected 10,000 bytes of label data after the 8-byte header (unsigned byte [10000]), "
                        + "found 9,999"));
        byte[] ints = Arrays.copyOf(SyntheticIdx.header(0x0C, 2, 2, 2), 12 + 15);
        assertTrue(failure(ints).startsWith(
                "truncated: expected 16 bytes of element data after the 12-byte header (int [2 x 2]), found 15"));
    }

    @Test
    void trailingBytes() throws IOException {
        String expected = "3 trailing bytes after the 10 bytes of label data that the header (unsigned byte [10]) "
                + "declares; the header and the data disagree";
        byte[] content = SyntheticIdx.unsignedBytes(13, 10);
        assertEquals(expected, failure(content));
        assertEquals(expected, gzipFailure(content));
    }

    @Test
    void corruptGzipStream() throws IOException {
        byte[] gz = SyntheticIdx.gzip(SyntheticIdx.unsignedBytes(5_000, 5_000));
        byte[] badBlock = gz.clone();
        badBlock[10] = (byte) 0xFF;
        String message = failure(badBlock);
        assertTrue(message.startsWith("corrupt gzip stream (invalid block type); delete the file and fetch it again"),
                message);

        byte[] badCrc = gz.clone();
        badCrc[gz.length - 6] ^= 0x55;
        assertTrue(failure(badCrc).startsWith("corrupt gzip stream (Corrupt GZIP trailer)"));

        byte[] badMethod = gz.clone();
        badMethod[2] = 7;
        assertTrue(failure(badMethod).startsWith("corrupt gzip stream (Unsupported compression method)"));
    }

    @Test
    void truncatedGzip() throws IOException {
        byte[] gz = SyntheticIdx.gzip(SyntheticIdx.unsignedBytes(50_000, 50_000));
        String expected = "the gzip stream ends early: the file is truncated (an interrupted download?); "
                + "delete it and fetch it again";
        assertEquals(expected, failure(Arrays.copyOf(gz, gz.length / 2)));
        assertEquals(expected, failure(Arrays.copyOf(gz, gz.length - 4)));
        assertEquals(expected, failure(Arrays.copyOf(gz, 5)));
    }

    @Test
    void htmlPage() throws IOException {
        byte[] html = "\n<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>gone</body></html>"
                .getBytes(StandardCharsets.UTF_8);
        String expected = "not an IDX file: it is an HTML or XML page (a server's error page saved as data?), "
                + "starting with \"<!DOCTYPE html> <html><head><title>404 N...\"";
        assertEquals(expected, failure(html));
        assertEquals(expected, gzipFailure(html));
    }

    @Test
    void textOrCsvFile() throws IOException {
        assertEquals("not an IDX file: it is text, starting with \"label,pixel1,pixel2,pixel3 9,0,0,0 2,0,0...\"",
                failure("label,pixel1,pixel2,pixel3\n9,0,0,0\n2,0,0,0\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("not an IDX file: it is empty", failure(new byte[0]));
        assertEquals("not an IDX file: it is empty", gzipFailure(new byte[0]));
    }

    @Test
    void headerOnlyReadsFailTheSameWay() throws IOException {
        Path file = Files.write(dir.resolve("page.html"), "<html></html>".getBytes(StandardCharsets.US_ASCII));
        String message = assertThrows(IdxFormatException.class, () -> IdxReader.readHeader(file)).getMessage();
        assertTrue(message.startsWith(file + ": not an IDX file: it is an HTML or XML page"), message);
        Path truncated = Files.write(dir.resolve("t.gz"), Arrays.copyOf(SyntheticIdx.gzip(new byte[1000]), 12));
        message = assertThrows(IdxFormatException.class, () -> IdxReader.readHeader(truncated)).getMessage();
        assertEquals(truncated + ": the gzip stream ends inside the IDX header", message);
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nope");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> IdxReader.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }
}
