package dev.fmnist.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.registry.Datasets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {
    private static final List<String> NAMES = Datasets.FASHION.labelNames();

    /** 1,000 images of 4x3 with unequal classes: label {@code i % 10} for the first 900, then class 3 only. */
    private static Split unequal() {
        int n = 1000;
        byte[] images = new byte[n * 12];
        new Random(7).nextBytes(images);
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (i < 900 ? i % 10 : 3);
        }
        return new Split("train", images, labels, 4, 3, NAMES);
    }

    @Test
    void shapeAndLabels() {
        Split s = unequal();
        assertEquals(1000, s.count());
        assertEquals(12, s.pixelsPerImage());
        assertEquals(10, s.classCount());
        assertEquals(3, s.label(3));
        assertEquals("Dress", s.labelName(952));
        assertEquals("train: 1,000 images of 4x3", s.toString());
        assertArrayEquals(new int[] {90, 90, 90, 190, 90, 90, 90, 90, 90, 90}, s.labelCounts());
    }

    @Test
    void rejectsInconsistentArrays() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Split("test", new byte[100], new byte[2], 7, 7, NAMES));
        assertEquals("test: 2 labels but 100 pixels, which is not 2 images of 7x7", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Split("t", new byte[0], new byte[0], 0, 28, NAMES));
        e = assertThrows(IllegalArgumentException.class,
                () -> new Split("t", new byte[2], new byte[] {0, (byte) 200}, 1, 1, NAMES));
        assertEquals("t: label 200 of image 1 is outside 0..9", e.getMessage());
    }

    @Test
    void classIndexListsEachClassInAscendingOrder() {
        Split s = unequal();
        int[][] index = s.classIndex();
        assertEquals(10, index.length);
        int total = 0;
        for (int c = 0; c < 10; c++) {
            assertEquals(s.labelCounts()[c], index[c].length);
            for (int k = 0; k < index[c].length; k++) {
                assertEquals(c, s.label(index[c][k]));
                assertTrue(k == 0 || index[c][k - 1] < index[c][k]);
            }
            total += index[c].length;
        }
        assertEquals(1000, total);
        assertArrayEquals(IntStream.concat(IntStream.range(0, 90).map(i -> 10 * i + 3), IntStream.range(900, 1000))
                .toArray(), index[3]);
    }

    @Test
    void seededShufflesAreDeterministicPermutations() {
        Split s = unequal();
        int[] a = s.shuffledIndexes(42);
        assertArrayEquals(a, s.shuffledIndexes(42));
        assertFalse(Arrays.equals(a, s.shuffledIndexes(43)));
        assertFalse(Arrays.equals(a, IntStream.range(0, 1000).toArray()));
        assertArrayEquals(IntStream.range(0, 1000).toArray(), Arrays.stream(a).sorted().toArray());

        Split shuffled = s.shuffled(42);
        for (int k = 0; k < 1000; k++) {
            assertEquals(s.label(a[k]), shuffled.label(k));
            assertArrayEquals(s.image(a[k]).toBytes(), shuffled.image(k).toBytes());
        }
    }

    @Test
    void subsetAndHeadCopyTheChosenImages() {
        Split s = unequal();
        Split sub = s.subset("some", new int[] {5, 0, 5});
        assertEquals("some", sub.name());
        assertEquals(3, sub.count());
        assertArrayEquals(s.image(5).toBytes(), sub.image(0).toBytes());
        assertArrayEquals(s.image(0).toBytes(), sub.image(1).toBytes());
        assertEquals(s.label(5), sub.label(2));
        assertEquals(10, s.head(10).count());
        assertEquals(1000, s.head(5000).count());
        assertArrayEquals(Arrays.copyOf(s.images(), 120), s.head(10).images());
        assertThrows(IndexOutOfBoundsException.class, () -> s.subset("x", new int[] {1000}));
        assertThrows(IndexOutOfBoundsException.class, () -> s.image(-1));
    }

    @Test
    void stratifiedSplitKeepsClassProportionsAndIsDisjointAndComplete() {
        Split s = unequal();
        TrainValidation tv = s.stratifiedSplit(0.2, 9);
        assertEquals("train", tv.train().name());
        assertEquals("validation", tv.validation().name());
        assertArrayEquals(new int[] {18, 18, 18, 38, 18, 18, 18, 18, 18, 18}, tv.validation().labelCounts());
        assertArrayEquals(new int[] {72, 72, 72, 152, 72, 72, 72, 72, 72, 72}, tv.train().labelCounts());

        // Every image (identified by its random pixels) lands in exactly one of the two parts.
        Set<String> all = new HashSet<>();
        for (int i = 0; i < s.count(); i++) {
            all.add(key(s, i));
        }
        assertEquals(1000, all.size());
        List<String> parts = new ArrayList<>();
        for (Split part : List.of(tv.train(), tv.validation())) {
            for (int i = 0; i < part.count(); i++) {
                parts.add(key(part, i));
            }
        }
        assertEquals(1000, parts.size());
        assertEquals(all, new HashSet<>(parts));

        TrainValidation again = s.stratifiedSplit(0.2, 9);
        assertArrayEquals(tv.validation().images(), again.validation().images());
        assertNotEquals(Arrays.toString(tv.validation().labels()),
                Arrays.toString(s.stratifiedSplit(0.2, 10).validation().labels()));
        assertThrows(IllegalArgumentException.class, () -> s.stratifiedSplit(0, 1));
        assertThrows(IllegalArgumentException.class, () -> s.stratifiedSplit(1, 1));
        assertThrows(IllegalArgumentException.class, () -> s.stratifiedSplit(Double.NaN, 1));
    }

    private static String key(Split s, int i) {
        return s.label(i) + ":" + Arrays.toString(s.image(i).toBytes());
    }

    @Test
    void batchesCoverEveryImageOnce() {
        Split s = unequal();
        List<Batch> inOrder = new ArrayList<>();
        s.batches(64).forEach(inOrder::add);
        assertEquals(16, inOrder.size());
        assertEquals(40, inOrder.get(15).size());
        assertArrayEquals(IntStream.range(0, 1000).toArray(),
                inOrder.stream().flatMapToInt(b -> Arrays.stream(b.indexes())).toArray());

        List<Batch> shuffled = s.batchList(64, 5);
        assertEquals(16, shuffled.size());
        int[] seen = shuffled.stream().flatMapToInt(b -> Arrays.stream(b.indexes())).toArray();
        assertArrayEquals(s.shuffledIndexes(5), seen);
        assertArrayEquals(IntStream.range(0, 1000).toArray(), Arrays.stream(seen).sorted().toArray());
        Batch b = shuffled.get(3);
        assertArrayEquals(Arrays.stream(b.indexes()).map(s::label).toArray(), b.labels());
        assertThrows(IllegalArgumentException.class, () -> s.batches(0));
        var it = s.batches(1000).iterator();
        it.next();
        assertFalse(it.hasNext());
        assertThrows(java.util.NoSuchElementException.class, it::next);
    }

    @Test
    void batchFloatsFollowTheNormalization() {
        Split s = unequal();
        Batch b = s.batchList(10, 1).get(0);
        Normalization norm = Normalization.standardize(s);
        float[] f = b.floats(norm);
        assertEquals(10 * 12, f.length);
        float[] reused = new float[f.length];
        b.floats(norm, reused);
        assertArrayEquals(f, reused);
        for (int k = 0; k < 10; k++) {
            byte[] px = s.image(b.indexes()[k]).toBytes();
            for (int p = 0; p < 12; p++) {
                double expected = ((px[p] & 0xFF) - s.pixelMean()) / s.pixelStd();
                assertEquals(expected, f[k * 12 + p], 1e-5);
            }
        }
    }

    @Test
    void floatsOfARangeAndOfIndexes() {
        Split s = unequal();
        float[] range = s.floats(10, 13, Normalization.UNIT);
        assertEquals(36, range.length);
        for (int p = 0; p < 36; p++) {
            assertEquals((s.images()[120 + p] & 0xFF) / 255f, range[p], 1e-7);
        }
        assertArrayEquals(range, s.floats(new int[] {10, 11, 12}, Normalization.UNIT));
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                () -> s.floats(990, 1001, Normalization.UNIT));
        assertEquals("images 990..1000 outside 0..999 of train", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> s.floats(-1, 2, Normalization.UNIT));
        assertThrows(IndexOutOfBoundsException.class, () -> s.floats(5, 4, Normalization.UNIT));
        float[] raw = s.floats(new int[] {999, 0}, Normalization.RAW);
        assertEquals(s.image(999).get(0, 0), raw[0]);
        assertEquals(s.image(0).get(3, 2), raw[23]);
    }

    @Test
    void pixelMeanAndStdMatchADirectComputation() {
        Split s = unequal();
        double sum = 0;
        for (byte p : s.images()) {
            sum += p & 0xFF;
        }
        double mean = sum / s.images().length;
        double sq = 0;
        for (byte p : s.images()) {
            sq += ((p & 0xFF) - mean) * ((p & 0xFF) - mean);
        }
        assertEquals(mean, s.pixelMean(), 1e-9);
        assertEquals(Math.sqrt(sq / s.images().length), s.pixelStd(), 1e-9);

        Split constant = new Split("c", new byte[] {7, 7, 7, 7}, new byte[] {0, 1}, 1, 2, NAMES);
        assertEquals(7.0, constant.pixelMean());
        assertEquals(0.0, constant.pixelStd());
        Split empty = new Split("e", new byte[0], new byte[0], 28, 28, NAMES);
        assertEquals(0.0, empty.pixelMean());
        assertEquals(0, empty.classIndex()[0].length);
    }
}
