package dev.fmnist.classic.models.tree;

import java.util.Arrays;

/** The nodes of a tree being grown, numbered in the order they are added; {@link #tree()} freezes them. */
final class TreeNodes {
    private int[] feature = new int[64];
    private double[] threshold = new double[64];
    private int[] left = new int[64];
    private int[] right = new int[64];
    private float[][] distribution = new float[64][];
    private int count;

    /** Adds a leaf with class distribution {@code dist}; returns its number. */
    int leaf(float[] dist) {
        int node = next();
        feature[node] = -1;
        distribution[node] = dist;
        return node;
    }

    /** Adds a node testing {@code x[feature] <= threshold}, its children to be {@link #link}ed; returns its number. */
    int split(int feat, double thresh) {
        int node = next();
        feature[node] = feat;
        threshold[node] = thresh;
        return node;
    }

    void link(int node, int l, int r) {
        left[node] = l;
        right[node] = r;
    }

    /** Adds all of {@code sub}'s nodes after these, renumbered; returns the new number of its first node. */
    int append(TreeNodes sub) {
        int offset = count;
        for (int k = 0; k < sub.count; k++) {
            int node = next();
            feature[node] = sub.feature[k];
            threshold[node] = sub.threshold[k];
            left[node] = sub.left[k] + offset;
            right[node] = sub.right[k] + offset;
            distribution[node] = sub.distribution[k];
        }
        return offset;
    }

    Tree tree() {
        return new Tree(Arrays.copyOf(feature, count), Arrays.copyOf(threshold, count), Arrays.copyOf(left, count),
                Arrays.copyOf(right, count), Arrays.copyOf(distribution, count));
    }

    private int next() {
        if (count == feature.length) {
            int size = count * 2;
            feature = Arrays.copyOf(feature, size);
            threshold = Arrays.copyOf(threshold, size);
            left = Arrays.copyOf(left, size);
            right = Arrays.copyOf(right, size);
            distribution = Arrays.copyOf(distribution, size);
        }
        return count++;
    }
}
