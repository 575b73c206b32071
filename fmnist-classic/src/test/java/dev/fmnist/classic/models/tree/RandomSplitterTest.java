package dev.fmnist.classic.models.tree;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RandomSplitterTest {
    private static final int ROWS = 500;
    private static final int COLS = 60;

    /** Features 0..19 are constant, the others take a few values (ties) or are continuous. */
    private static float[] values(SplittableRandom r) {
        float[] x = new float[ROWS * COLS];
        for (int i = 0; i < ROWS; i++) {
            for (int j = 20; j < COLS; j++) {
                x[i * COLS + j] = j % 2 == 0 ? r.nextInt(3) : (float) r.nextGaussian();
            }
        }
        return x;
    }

    @Test
    void partitionKeepsEveryRowOnceOnItsSideOfTheThreshold() {
        SplittableRandom r = new SplittableRandom(7);
        float[] x = values(r);
        byte[] y = new byte[ROWS];
        for (int i = 0; i < ROWS; i++) {
            y[i] = (byte) r.nextInt(3);
        }
        for (int maxFeatures : new int[] {1, 5, 0}) {
            RandomSplitter splitter = new RandomSplitter(x, ROWS, COLS, y, 3,
                    new Impurity(TreeSettings.Criterion.GINI, ROWS), maxFeatures);
            for (int trial = 0; trial < 50; trial++) {
                int start = r.nextInt(ROWS / 2);
                int end = start + 2 + r.nextInt(ROWS / 2 - 2);
                int[] idx = new int[ROWS];
                Arrays.setAll(idx, i -> i);
                for (int k = ROWS - 1; k > 0; k--) {
                    int o = r.nextInt(k + 1);
                    int t = idx[k];
                    idx[k] = idx[o];
                    idx[o] = t;
                }
                int[] before = Arrays.copyOfRange(idx, start, end);
                int[] counts = new int[3];
                for (int i : before) {
                    counts[y[i]]++;
                }
                RandomSplitter.NodeSplit split = splitter.split(idx, start, end, counts, 0, r);
                assertNotNull(split);
                assertTrue(split.feature() >= 20, "constant feature " + split.feature() + " chosen");
                assertTrue(split.mid() > start && split.mid() < end);
                int[] after = Arrays.copyOfRange(idx, start, end);
                Arrays.sort(before);
                Arrays.sort(after);
                assertArrayEquals(before, after);
                for (int k = start; k < end; k++) {
                    float v = x[idx[k] * COLS + split.feature()];
                    assertEquals(k < split.mid(), v <= split.threshold(), "row at " + k);
                }
            }
        }
    }

    @Test
    void constantFeaturesAreRememberedAndAVaryingOneIsAlwaysFound() {
        float[] x = new float[ROWS * COLS];
        byte[] y = new byte[ROWS];
        for (int i = 0; i < ROWS; i++) {
            x[i * COLS + 33] = i % 7;
            y[i] = (byte) (i % 2);
        }
        int[] idx = new int[ROWS];
        Arrays.setAll(idx, i -> i);
        RandomSplitter splitter = new RandomSplitter(x, ROWS, COLS, y, 2,
                new Impurity(TreeSettings.Criterion.ENTROPY, ROWS), 1);
        SplittableRandom r = new SplittableRandom(3);
        RandomSplitter.NodeSplit split = splitter.split(idx, 0, ROWS, new int[] {ROWS / 2, ROWS / 2}, 0, r);
        assertEquals(33, split.feature());
        // a child gets the constants found so far, and still finds the one varying feature
        for (int k = 0; k < 20; k++) {
            RandomSplitter.NodeSplit child = splitter.split(idx, 0, ROWS, new int[] {ROWS / 2, ROWS / 2},
                    split.constants(), r);
            assertEquals(33, child.feature());
            assertTrue(child.constants() >= split.constants() && child.constants() < COLS);
            split = child;
        }
        // a node where feature 33 is constant too has no split
        int[] same = new int[ROWS];
        Arrays.setAll(same, i -> 7 * (i % (ROWS / 7)));
        assertNull(splitter.split(same, 0, ROWS / 7, new int[] {36, 35}, split.constants(), r));
    }

    @Test
    void floatThresholdComparesAsTheDoubleOne() {
        SplittableRandom r = new SplittableRandom(1);
        for (int k = 0; k < 100_000; k++) {
            double t = r.nextGaussian();
            float f = (float) t;
            for (float v : new float[] {f, Math.nextDown(f), Math.nextUp(f)}) {
                assertEquals(v <= t, v <= RandomSplitter.atMost(t));
            }
        }
    }
}
