package dev.fmnist.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ImageAndNormalizationTest {
    private final byte[] pixels = {9, 9, 0, 1, 2, (byte) 255, 4, 5, 9};

    @Test
    void imageIsAViewIntoTheSplitArray() {
        Image img = new Image(pixels, 2, 2, 3, 4);
        assertEquals(0, img.get(0, 0));
        assertEquals(255, img.get(1, 0));
        assertEquals(5, img.get(1, 2));
        assertArrayEquals(new byte[] {0, 1, 2, (byte) 255, 4, 5}, img.toBytes());
        assertArrayEquals(new int[][] {{0, 1, 2}, {255, 4, 5}}, img.toMatrix());
        assertArrayEquals(new float[] {0, 1 / 255f, 2 / 255f, 1, 4 / 255f, 5 / 255f}, img.toFloats(Normalization.UNIT));
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> img.get(2, 0));
        assertEquals("pixel (2, 0) outside 2x3", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> img.get(0, -1));
    }

    @Test
    void normalizations() {
        for (int p = 0; p < 256; p++) {
            assertEquals(p, Normalization.RAW.apply(p));
            assertEquals(p / 255.0, Normalization.UNIT.apply(p), 1e-7);
        }
        assertEquals(1.0f, Normalization.UNIT.apply((byte) 255));
        Normalization std = Normalization.standardize(72.94, 90.02);
        assertEquals((200 - 72.94) / 90.02, std.apply(200), 1e-6);
        assertEquals(-72.94 / 90.02, std.apply(0), 1e-6);
        assertEquals(72.94, std.mean());
        assertEquals(90.02, std.std());
        assertEquals("standardize(mean=72.9400, std=90.0200)", std.toString());
        assertEquals("unit", Normalization.UNIT.toString());
        float[] out = new float[4];
        Normalization.UNIT.convert(pixels, 4, out, 1, 2);
        assertArrayEquals(new float[] {0, 2 / 255f, 1, 0}, out);
        assertThrows(IllegalArgumentException.class, () -> Normalization.standardize(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Normalization.standardize(1, Double.NaN));
    }
}
