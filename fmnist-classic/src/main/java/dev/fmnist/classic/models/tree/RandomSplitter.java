package dev.fmnist.classic.models.tree;

import java.util.SplittableRandom;

/**
 * scikit-learn's {@code RandomSplitter} for one tree: at a node it visits up to {@code maxFeatures} random features
 * (features already known to be constant in the node count as visited, as in scikit-learn, and at least one
 * varying feature is always tried), draws one uniform threshold between the node's minimum and maximum of each
 * varying one, keeps the split with the best impurity proxy, and partitions the node's rows in place.
 *
 * <p>Each candidate feature costs one gather of the node's values into a contiguous buffer (minimum and maximum in
 * the same pass) and one pass over that buffer counting the classes left of the threshold; the buffer of the best
 * candidate is kept (two buffers swap roles), so the final partition reads no feature value again. Features found
 * constant in a node are moved to the front of the feature order and never gathered again in its subtree.
 */
final class RandomSplitter {
    /** scikit-learn's {@code FEATURE_THRESHOLD}: a feature whose range is at most this is constant. */
    private static final double FEATURE_THRESHOLD = 1e-7;

    private final float[] values;
    private final int cols;
    private final byte[] y;
    private final int classes;
    private final Impurity impurity;
    private final int maxFeatures;
    /** scikit-learn's {@code features}: the first {@code constants} entries are constant in the current node. */
    private final int[] features;
    private float[] candidate;
    private float[] best;
    private final int[] left;
    private final int[] right;

    /**
     * @param values      the row-major training features, {@code cols} per row
     * @param rows        the number of training rows (the largest node)
     * @param maxFeatures features visited per node (0: all)
     */
    RandomSplitter(float[] values, int rows, int cols, byte[] y, int classes, Impurity impurity, int maxFeatures) {
        this.values = values;
        this.cols = cols;
        this.y = y;
        this.classes = classes;
        this.impurity = impurity;
        this.maxFeatures = maxFeatures > 0 ? maxFeatures : cols;
        this.features = new int[cols];
        for (int j = 0; j < cols; j++) {
            features[j] = j;
        }
        this.candidate = new float[rows];
        this.best = new float[rows];
        this.left = new int[classes];
        this.right = new int[classes];
    }

    /**
     * How a node was split.
     *
     * @param feature   the feature tested
     * @param threshold rows with a value at most this went left
     * @param mid       the position of the first row that went right
     * @param constants the number of features known to be constant in both children
     */
    record NodeSplit(int feature, double threshold, int mid, int constants) {
    }

    /**
     * Splits the node of rows {@code idx[start..end)} with class counts {@code counts}, of which the first
     * {@code constants} features of the current order are known constant, and moves the rows going left before the
     * others. Returns null (rows untouched) when every feature visited is constant.
     */
    NodeSplit split(int[] idx, int start, int end, int[] counts, int constants, SplittableRandom random) {
        int n = end - start;
        int remaining = cols;
        int drawnConstants = 0;
        int foundConstants = 0;
        int totalConstants = constants;
        int visited = 0;
        int bestFeature = -1;
        double bestThreshold = 0;
        double bestProxy = Double.NEGATIVE_INFINITY;
        while (remaining > totalConstants
                && (visited < maxFeatures || visited <= foundConstants + drawnConstants)) {
            visited++;
            int at = random.nextInt(drawnConstants, remaining - foundConstants);
            if (at < constants) {
                swap(drawnConstants++, at);
                continue;
            }
            at += foundConstants;
            int feature = features[at];
            float[] xf = candidate;
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (int p = 0; p < n; p++) {
                float v = values[idx[start + p] * cols + feature];
                xf[p] = v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if ((double) max <= (double) min + FEATURE_THRESHOLD) {
                swap(at, totalConstants++);
                foundConstants++;
                continue;
            }
            swap(--remaining, at);
            double threshold = min + random.nextDouble() * ((double) max - min);
            if (threshold >= max) {
                threshold = min;
            }
            int nl = countLeft(xf, idx, start, n, atMost(threshold));
            for (int c = 0; c < classes; c++) {
                right[c] = counts[c] - left[c];
            }
            double proxy = impurity.proxy(left, nl, right, n - nl);
            if (proxy > bestProxy) {
                bestProxy = proxy;
                bestFeature = feature;
                bestThreshold = threshold;
                candidate = best;
                best = xf;
            }
        }
        if (bestFeature < 0) {
            return null;
        }
        return new NodeSplit(bestFeature, bestThreshold, partition(idx, start, end, atMost(bestThreshold)),
                totalConstants);
    }

    /** The largest float at most {@code t}: for every float {@code v}, {@code v <= t} exactly when {@code v <= atMost(t)}. */
    static float atMost(double t) {
        float f = (float) t;
        return f > t ? Math.nextDown(f) : f;
    }

    /** Counts into {@link #left} the classes of the rows whose buffered value is at most {@code t}; returns their number. */
    private int countLeft(float[] xf, int[] idx, int start, int n, float t) {
        int[] l = left;
        java.util.Arrays.fill(l, 0);
        int nl = 0;
        for (int p = 0; p < n; p++) {
            int goes = xf[p] <= t ? 1 : 0;
            l[y[idx[start + p]]] += goes;
            nl += goes;
        }
        return nl;
    }

    /** Moves the rows whose value in {@link #best} is at most {@code t} first; returns the first other position. */
    private int partition(int[] idx, int start, int end, float t) {
        float[] xf = best;
        int i = 0;
        int j = end - start - 1;
        while (i <= j) {
            if (xf[i] <= t) {
                i++;
            } else {
                float v = xf[i];
                xf[i] = xf[j];
                xf[j] = v;
                int r = idx[start + i];
                idx[start + i] = idx[start + j];
                idx[start + j] = r;
                j--;
            }
        }
        return start + i;
    }

    private void swap(int a, int b) {
        int t = features[a];
        features[a] = features[b];
        features[b] = t;
    }
}
