package dev.fmnist.classic.models.tree;

/**
 * A fitted binary decision tree: internal nodes test {@code x[feature] <= threshold} (true goes left), leaves hold
 * the class distribution of their training samples.
 *
 * <p>Stored for fast prediction: the four fields of a node side by side in one {@code int} array (a node is one
 * 16-byte piece of a cache line), the threshold as the largest float at most the split's threshold (for float
 * features, the same test), and the leaves' distributions in one flat array.
 */
final class Tree {
    /** Per node: feature (-1 for a leaf), float bits of the threshold, left child, right child (for a leaf: its distribution's offset in {@link #leaves}). */
    private final int[] nodes;
    private final float[] leaves;
    private final int count;
    private final int classes;

    Tree(int[] feature, double[] threshold, int[] left, int[] right, float[][] distribution) {
        count = feature.length;
        nodes = new int[4 * count];
        int leafCount = 0;
        int width = 0;
        for (int n = 0; n < count; n++) {
            if (feature[n] < 0) {
                width = distribution[n].length;
                leafCount++;
            }
        }
        classes = width;
        leaves = new float[leafCount * classes];
        int leaf = 0;
        for (int n = 0; n < count; n++) {
            nodes[4 * n] = feature[n];
            if (feature[n] < 0) {
                System.arraycopy(distribution[n], 0, leaves, leaf, classes);
                nodes[4 * n + 2] = leaf;
                leaf += classes;
            } else {
                nodes[4 * n + 1] = Float.floatToRawIntBits(RandomSplitter.atMost(threshold[n]));
                nodes[4 * n + 2] = left[n];
                nodes[4 * n + 3] = right[n];
            }
        }
    }

    /**
     * Adds the class distribution (summing to 1) of the leaf that the row at {@code off} of {@code data} reaches to
     * {@code sum[at..at+classes)}.
     */
    void addLeafDistribution(float[] data, int off, double[] sum, int at) {
        int[] t = nodes;
        int n = 0;
        int f;
        while ((f = t[n]) >= 0) {
            n = 4 * (data[off + f] <= Float.intBitsToFloat(t[n + 1]) ? t[n + 2] : t[n + 3]);
        }
        int leaf = t[n + 2];
        for (int c = 0; c < classes; c++) {
            sum[at + c] += leaves[leaf + c];
        }
    }

    int nodeCount() {
        return count;
    }
}
