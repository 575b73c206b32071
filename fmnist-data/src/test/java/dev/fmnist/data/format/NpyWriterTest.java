package dev.fmnist.data.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyWriterTest {
    @TempDir
    Path tmp;

    @Test
    void preambleIsNumpysVersionOneHeaderAlignedTo64() {
        byte[] p = NpyWriter.preamble("|u1", 60000, 28, 28);
        assertEquals(128, p.length);
        assertEquals((byte) 0x93, p[0]);
        assertEquals("NUMPY", new String(p, 1, 5, StandardCharsets.US_ASCII));
        assertEquals(1, p[6]);
        assertEquals(0, p[7]);
        assertEquals(118, (p[8] & 0xFF) | (p[9] & 0xFF) << 8);
        String header = new String(p, 10, 118, StandardCharsets.US_ASCII);
        assertEquals("{'descr': '|u1', 'fortran_order': False, 'shape': (60000, 28, 28), }", header.strip());
        assertEquals('\n', header.charAt(header.length() - 1));
        assertEquals("{'descr': '|u1', 'fortran_order': False, 'shape': (7,), }",
                new String(NpyWriter.preamble("|u1", 7), 10, 118, StandardCharsets.US_ASCII).strip());
    }

    @Test
    void writesDataAfterThePreambleAndChecksTheShape() throws Exception {
        Path f = tmp.resolve("a.npy");
        NpyWriter.writeUnsignedBytes(f, new byte[] {1, 2, 3, 4, 5, 6}, 2, 3);
        byte[] b = Files.readAllBytes(f);
        assertEquals(128 + 6, b.length);
        assertEquals(6, b[b.length - 1]);
        assertThrows(IllegalArgumentException.class, () -> NpyWriter.writeUnsignedBytes(f, new byte[5], 2, 3));
    }
}
