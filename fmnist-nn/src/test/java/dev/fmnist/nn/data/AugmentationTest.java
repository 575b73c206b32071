package dev.fmnist.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AugmentationTest {
    /** An image whose every pixel differs from its neighbours, so that any shift or mirror shows. */
    private static byte[] distinct() {
        byte[] img = new byte[28 * 28];
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                img[r * 28 + c] = (byte) (1 + (r * 7 + c * 3) % 251);
            }
        }
        return img;
    }

    /** {@code src} moved by (dy, dx), background where it leaves the frame, mirrored first when {@code mirror}. */
    private static byte[] moved(byte[] src, int dy, int dx, boolean mirror) {
        byte[] out = new byte[784];
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                int sr = r + dy;
                int sc = (mirror ? 27 - c : c) + dx;
                out[r * 28 + c] = sr >= 0 && sr < 28 && sc >= 0 && sc < 28 ? src[sr * 28 + sc] : 0;
            }
        }
        return out;
    }

    /** The shift (dy, dx) within {@code padding} that {@code out} is of {@code src}, or null if it is none. */
    private static int[] shiftOf(byte[] src, byte[] out, int padding, boolean mirror) {
        for (int dy = -padding; dy <= padding; dy++) {
            for (int dx = -padding; dx <= padding; dx++) {
                if (Arrays.equals(moved(src, dy, dx, mirror), out)) {
                    return new int[] {dy, dx};
                }
            }
        }
        return null;
    }

    @Test
    void noneCopiesTheImage() {
        byte[] out = new byte[784];
        Augmentation.NONE.apply(distinct(), 0, 28, 28, out, new SplittableRandom(1));
        assertArrayEquals(distinct(), out);
    }

    @Test
    void cropIsAnExactShiftAndReachesEveryOffsetWithinThePadding() {
        Augmentation crop = new Augmentation(2, false, 0);
        SplittableRandom rnd = new SplittableRandom(5);
        Set<String> seen = new HashSet<>();
        byte[] out = new byte[784];
        for (int t = 0; t < 400; t++) {
            crop.apply(distinct(), 0, 28, 28, out, rnd);
            int[] shift = shiftOf(distinct(), out, 2, false);
            assertNotNull(shift, "draw " + t + " is not a shift of at most 2 pixels");
            seen.add(shift[0] + "," + shift[1]);
        }
        assertEquals(25, seen.size(), "every shift in [-2, 2] x [-2, 2] is drawn: " + seen);
    }

    @Test
    void flipMirrorsAboutHalfTheImages() {
        Augmentation flip = new Augmentation(0, true, 0);
        SplittableRandom rnd = new SplittableRandom(3);
        byte[] out = new byte[784];
        int mirrored = 0;
        for (int t = 0; t < 200; t++) {
            flip.apply(distinct(), 0, 28, 28, out, rnd);
            boolean isMirror = Arrays.equals(moved(distinct(), 0, 0, true), out);
            assertTrue(isMirror || Arrays.equals(distinct(), out), "draw " + t + " is neither the image nor its mirror");
            mirrored += isMirror ? 1 : 0;
        }
        assertTrue(mirrored > 70 && mirrored < 130, mirrored + " of 200 mirrored");
    }

    @Test
    void erasingReplacesOneRectangleAndLeavesTheRest() {
        byte[] src = new byte[784];
        Arrays.fill(src, (byte) 200);
        byte[] out = new byte[784];
        new Augmentation(0, false, 1).apply(src, 0, 28, 28, out, new SplittableRandom(5));
        int top = 28, bottom = -1, left = 28, right = -1, changed = 0;
        for (int i = 0; i < 784; i++) {
            if (out[i] != src[i]) {
                changed++;
                top = Math.min(top, i / 28);
                bottom = Math.max(bottom, i / 28);
                left = Math.min(left, i % 28);
                right = Math.max(right, i % 28);
            }
        }
        int box = (bottom - top + 1) * (right - left + 1);
        assertTrue(changed > 0.9 * 0.02 * 784 * 0.9, "changed " + changed);
        assertTrue(box <= 0.34 * 784, "the erased rectangle covers at most a third: " + box);
        assertTrue(changed >= 0.9 * box, "the changes fill one rectangle: " + changed + " of " + box);
    }

    @Test
    void theSameSeedGivesTheSameImagesAndAnotherSeedOthers() {
        Augmentation standard = Augmentation.standard(true);
        byte[][] first = run(standard, 7);
        byte[][] again = run(standard, 7);
        byte[][] other = run(standard, 8);
        for (int t = 0; t < first.length; t++) {
            assertArrayEquals(first[t], again[t], "draw " + t);
        }
        assertFalse(Arrays.deepEquals(first, other));
    }

    private static byte[][] run(Augmentation a, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        byte[][] out = new byte[20][784];
        for (byte[] o : out) {
            a.apply(distinct(), 0, 28, 28, o, rnd);
        }
        return out;
    }
}
