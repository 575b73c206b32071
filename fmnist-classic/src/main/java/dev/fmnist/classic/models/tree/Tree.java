package dev.fmnist.classic.models.tree;

/**
 * A fitted binary decision tree: internal nodes test {@code x[feature] <= threshold} (true goes left), leaves hold
 * the class distribution of their training samples.
 */
final class Tree {
    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final float[][] distribution;

    Tree(int[] feature, double[] threshold, int[] left, int[] right, float[][] distribution) {
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.distribution = distribution;
    }

    /** The class distribution (summing to 1) of the leaf that the row at {@code off} of {@code data} reaches. */
    float[] leafDistribution(float[] data, int off) {
        int node = 0;
        while (feature[node] >= 0) {
            node = data[off + feature[node]] <= threshold[node] ? left[node] : right[node];
        }
        return distribution[node];
    }

    int nodeCount() {
        return feature.length;
    }
}
