package dev.fmnist.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fmnist.data.idx.IdxArray;
import dev.fmnist.data.idx.IdxReader;
import dev.fmnist.data.idx.IdxType;
import dev.fmnist.data.idx.IdxWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Java API" examples, call for call, so that they keep compiling and doing what the README says. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void loadSplitNormalizeAndBatch() throws Exception {
        Dataset fashion = Fmnist.load("fashion");
        Split train = fashion.train();
        Image first = fashion.test().image(0);
        String name = fashion.test().labelName(0);

        TrainValidation tv = train.stratifiedSplit(0.1, 42);
        Normalization norm = Normalization.standardize(tv.train());
        int seen = 0;
        for (Batch b : tv.train().batches(128, 7)) {
            float[] x = b.floats(norm);
            int[] y = b.labels();
            assertEquals(b.size() * 784, x.length);
            assertEquals(b.size(), y.length);
            seen += b.size();
        }

        assertEquals(60_000, train.count());
        assertEquals(60_000 * 784, train.images().length);
        assertEquals(28, first.rows());
        assertEquals("Ankle boot", name);
        assertEquals(54_000, tv.train().count());
        assertEquals(6_000, tv.validation().count());
        assertEquals(54_000, seen);
    }

    @Test
    void readAndWriteIdxDirectly() throws Exception {
        Path images = dir.resolve("train-images-idx3-ubyte.gz");
        IdxWriter.write(IdxArray.ofUnsignedBytes(new byte[3 * 28 * 28], 3, 28, 28), images, true);
        Path m = dir.resolve("m.idx");

        IdxArray a = IdxReader.read(images);
        IdxWriter.write(IdxArray.ofFloats(new float[] {1, 2, 3, 4}, 2, 2), m, true);

        assertEquals(IdxType.UNSIGNED_BYTE, a.type());
        assertArrayEquals(new int[] {3, 28, 28}, a.shape());
        assertArrayEquals(new float[] {1, 2, 3, 4}, IdxReader.read(m).floats());
    }
}
