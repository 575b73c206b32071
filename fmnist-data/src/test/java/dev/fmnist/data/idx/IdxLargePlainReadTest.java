package dev.fmnist.data.idx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain files larger than one read chunk (1 MiB) come back whole, not just their first chunk. */
class IdxLargePlainReadTest {
    @TempDir
    Path tmp;

    @Test
    void plainFileOfSeveralChunksReadsWhole() throws Exception {
        byte[] data = new byte[3 * (1 << 20) + 12345];
        new Random(4).nextBytes(data);
        Path file = tmp.resolve("big-idx1-ubyte");
        IdxWriter.write(IdxArray.ofUnsignedBytes(data, data.length), file, false);
        assertArrayEquals(data, IdxReader.read(file).bytes());
    }
}
