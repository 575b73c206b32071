package dev.fmnist.classic.models.tree;

import java.util.SplittableRandom;

/**
 * scikit-learn's {@code RandomSplitter} for one tree: at a node it visits up to {@code maxFeatures} random features
 * (features already known to be constant in the node count as visited, as in scikit-learn, and at least one
 * varying feature is always tried), draws one uniform threshold between the node's minimum and maximum of each
 * varying one, keeps the split with the best impurity proxy, and partitions the node's rows in place.
 *
 * <p>The features to visit are drawn first, then gathered in one pass over the node's rows (each row's few values
 * read together, so a row costs one page walk rather than one per feature) into a feature-major buffer; each
 * candidate then costs a pass over its contiguous slice counting the classes left of its threshold. Features found
 * constant in a node are moved to the front of the feature order and never gathered again in its subtree.
 */
final class RandomSplitter {
    /** scikit-learn's {@code FEATURE_THRESHOLD}: a feature whose range is at most this is constant. */
    private static final double FEATURE_THRESHOLD = 1e-7;
    /** The most features gathered in one pass (bounds the buffer when all features are visited). */
    private static final int BATCH = 32;

    private final float[] values;
    private final int cols;
    private final byte[] y;
    private final int classes;
    private final Impurity impurity;
    private final int maxFeatures;
    /**
     * scikit-learn's {@code features}, in a node: {@code [0, known)} constant in the parent, {@code [known, found)}
     * found constant here, {@code [found, unvisited)} not visited yet, the rest visited and varying.
     */
    private final int[] features;
    /** {@code gathered[s][p]}: the value of batch feature {@code s} at the node's row {@code p}. */
    private final float[][] gathered;
    /** The best candidate's values, when a later batch took its place in {@link #gathered}. */
    private float[] bestValues;
    /** The labels of the node's rows, by position. */
    private final byte[] labels;
    private final int[] batch = new int[BATCH];
    private final float[] min = new float[BATCH];
    private final float[] max = new float[BATCH];
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
        this.gathered = new float[Math.min(BATCH, this.maxFeatures)][rows];
        this.bestValues = new float[this.maxFeatures > BATCH ? rows : 0];
        this.labels = new byte[rows];
        this.left = new int[classes];
        this.right = new int[classes];
    }

    /** A splitter for a subtree of at most {@code rows} rows, starting from this one's feature order. */
    RandomSplitter fork(int rows) {
        RandomSplitter fork = new RandomSplitter(values, rows, cols, y, classes, impurity, maxFeatures);
        System.arraycopy(features, 0, fork.features, 0, cols);
        return fork;
    }

    /** A copy of the current feature order, for {@link #restore}. */
    int[] order() {
        return features.clone();
    }

    /** Goes back to a feature order that {@link #order} returned. */
    void restore(int[] order) {
        System.arraycopy(order, 0, features, 0, cols);
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
     * {@code known} features of the current order are known constant, and moves the rows going left before the
     * others. Returns null (rows untouched) when every feature visited is constant.
     */
    NodeSplit split(int[] idx, int start, int end, int[] counts, int known, SplittableRandom random) {
        int n = end - start;
        boolean labelled = false;
        int unvisited = cols;
        int drawnKnown = 0;
        int found = known;
        int visited = 0;
        int bestFeature = -1;
        int bestSlot = -1;
        double bestThreshold = 0;
        double bestProxy = Double.NEGATIVE_INFINITY;
        // visit maxFeatures features; past that, go on only while every feature visited was constant
        while (unvisited > found && (visited < maxFeatures || bestFeature < 0)) {
            int wanted = visited < maxFeatures ? Math.min(BATCH, maxFeatures - visited) : 1;
            int size = 0;
            for (int d = 0; d < wanted && unvisited > found; d++) {
                visited++;
                int at = random.nextInt(drawnKnown, known + unvisited - found);
                if (at < known) {
                    swap(drawnKnown++, at);
                } else {
                    swap(--unvisited, at - known + found);
                    batch[size++] = features[unvisited];
                }
            }
            if (size == 0) {
                continue;
            }
            if (bestSlot >= 0) {
                float[] spare = bestValues;
                bestValues = gathered[bestSlot];
                gathered[bestSlot] = spare;
                bestSlot = -1;
            }
            gather(idx, start, n, size, !labelled);
            labelled = true;
            for (int s = 0; s < size; s++) {
                if (constant(s)) {
                    continue;
                }
                double threshold = min[s] + random.nextDouble() * ((double) max[s] - min[s]);
                if (threshold >= max[s]) {
                    threshold = min[s];
                }
                int nl = countLeft(gathered[s], n, atMost(threshold));
                for (int c = 0; c < classes; c++) {
                    right[c] = counts[c] - left[c];
                }
                double proxy = impurity.proxy(left, nl, right, n - nl);
                if (proxy > bestProxy) {
                    bestProxy = proxy;
                    bestFeature = batch[s];
                    bestThreshold = threshold;
                    bestSlot = s;
                }
            }
            // the batch lies at [unvisited, unvisited + size) in reverse draw order: move its constants to the
            // found ones, keeping the unvisited features unvisited
            for (int q = unvisited, last = unvisited + size - 1; q <= last; q++) {
                if (constant(last - q)) {
                    swap(q, unvisited++);
                    swap(unvisited - 1, found++);
                }
            }
        }
        if (bestFeature < 0) {
            return null;
        }
        float[] xf = bestSlot >= 0 ? gathered[bestSlot] : bestValues;
        int mid = partition(idx, start, end, xf, atMost(bestThreshold));
        return new NodeSplit(bestFeature, bestThreshold, mid, found);
    }

    private boolean constant(int slot) {
        return (double) max[slot] <= (double) min[slot] + FEATURE_THRESHOLD;
    }

    /**
     * Copies the values of features {@code batch[0..size)} at the node's rows into {@link #gathered}, one row at a
     * time, and their ranges into {@link #min} and {@link #max}; with {@code withLabels}, the rows' labels into
     * {@link #labels} too.
     */
    private void gather(int[] idx, int start, int n, int size, boolean withLabels) {
        float[] x = values;
        float[][] g = gathered;
        int[] b = batch;
        for (int p = 0; p < n; p++) {
            int i = idx[start + p];
            if (withLabels) {
                labels[p] = y[i];
            }
            int off = i * cols;
            for (int s = 0; s < size; s++) {
                g[s][p] = x[off + b[s]];
            }
        }
        for (int s = 0; s < size; s++) {
            float[] column = g[s];
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (int p = 0; p < n; p++) {
                float v = column[p];
                lo = v < lo ? v : lo;
                hi = v > hi ? v : hi;
            }
            min[s] = lo;
            max[s] = hi;
        }
    }

    /** The largest float at most {@code t}: for every float {@code v}, {@code v <= t} exactly when {@code v <= atMost(t)}. */
    static float atMost(double t) {
        float f = (float) t;
        return f > t ? Math.nextDown(f) : f;
    }

    /**
     * Counts into {@link #left} the classes of the node's rows whose value ({@code g[p]} for the node's row
     * {@code p}) is at most {@code t}; returns their number.
     */
    private int countLeft(float[] g, int n, float t) {
        int[] l = left;
        java.util.Arrays.fill(l, 0);
        byte[] c = labels;
        int nl = 0;
        for (int p = 0; p < n; p++) {
            int goes = g[p] <= t ? 1 : 0;
            l[c[p]] += goes;
            nl += goes;
        }
        return nl;
    }

    /**
     * Moves the rows whose value ({@code xf[p]} for the node's row {@code p}) is at most {@code t} first; returns the
     * first other position.
     */
    private static int partition(int[] idx, int start, int end, float[] xf, float t) {
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
