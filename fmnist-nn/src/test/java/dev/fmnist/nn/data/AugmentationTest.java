package dev.fmnist.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AugmentationTest {
    private static byte[] ramp() {
        byte[] img = new byte[28 * 28];
        for (int i = 0; i < img.length; i++) {
            img[i] = (byte) (i % 28 * 9);
        }
        return img;
    }

    @Test
    void noneCopiesTheImage() {
        byte[] out = new byte[784];
        Augmentation.NONE.apply(ramp(), 0, 28, 28, out, new SplittableRandom(1));
        assertArrayEquals(ramp(), out);
    }

    @Test
    void flipMirrorsRowsAndIsSeeded() {
        Augmentation flip = new Augmentation(0, true, 0);
        byte[] a = new byte[784];
        boolean sawFlip = false;
        SplittableRandom rnd = new SplittableRandom(3);
        for (int t = 0; t < 10; t++) {
            flip.apply(ramp(), 0, 28, 28, a, rnd);
            if (a[0] != ramp()[0]) {
                sawFlip = true;
                assertEquals(ramp()[27], a[0]);
                assertEquals(ramp()[0], a[27]);
            }
        }
        assertEquals(true, sawFlip);
    }

    @Test
    void cropShiftsInBackgroundAndErasingChangesPixels() {
        byte[] src = new byte[784];
        java.util.Arrays.fill(src, (byte) 200);
        byte[] out = new byte[784];
        new Augmentation(2, false, 0).apply(src, 0, 28, 28, out, new SplittableRandom(5));
        int zeros = 0;
        for (byte b : out) {
            zeros += b == 0 ? 1 : 0;
        }
        assertEquals(true, zeros <= 4 * 28 * 2, "at most two rows and columns each side are background");
        byte[] erased = new byte[784];
        new Augmentation(0, false, 1).apply(src, 0, 28, 28, erased, new SplittableRandom(5));
        assertNotEquals(java.util.Arrays.toString(src), java.util.Arrays.toString(erased));
    }
}
