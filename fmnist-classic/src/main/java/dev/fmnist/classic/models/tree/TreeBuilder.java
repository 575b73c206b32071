package dev.fmnist.classic.models.tree;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.classic.models.Parallel;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Grows one CART tree depth-first as scikit-learn's {@code DepthFirstTreeBuilder}: a node becomes a leaf when it is
 * pure, holds fewer than two samples, reaches the depth limit or has no feature with two values; otherwise it takes
 * the split that most reduces the weighted child impurity among the features tried (features in random order,
 * ties to the first found). The best split over all features is searched on class histograms over the bins, in
 * parallel over features for large nodes; random splits are {@link RandomSplitter}'s. With random splits, the
 * subtrees of the nodes above depth {@link #FORK_DEPTH} grow from their own random stream and feature order, so that
 * the two children of a large node can grow on two threads and give the same tree as on one.
 */
final class TreeBuilder {
    private static final int PARALLEL_NODE = 4096;
    /** Random splits: the nodes above this depth give each child its own random stream and feature order. */
    private static final int FORK_DEPTH = 3;

    private final BinnedFeatures f;
    private final int rows;
    private final int cols;
    private final byte[] y;
    private final int classes;
    private final TreeSettings s;
    private final int threads;
    private final int maxFeatures;
    private final Impurity impurity;
    private final RandomSplitter randomSplitter;
    private final TreeNodes nodes;

    /**
     * @param x       the training features
     * @param f       the same, binned, for the exhaustive search (null with the random splitter, which reads
     *                {@code x} itself)
     */
    TreeBuilder(FeatureMatrix x, BinnedFeatures f, byte[] y, int classes, TreeSettings settings,
                int threads) {
        this.f = f;
        this.rows = x.rows();
        this.cols = x.cols();
        this.y = y;
        this.classes = classes;
        this.s = settings;
        this.threads = threads;
        this.maxFeatures = settings.maxFeatures().count(cols);
        this.impurity = new Impurity(settings.criterion(), rows);
        this.randomSplitter = settings.randomSplit()
                ? new RandomSplitter(x.data(), rows, cols, y, classes, impurity, maxFeatures) : null;
        this.nodes = new TreeNodes();
    }

    /** A builder for subtrees of {@code parent}'s with {@code splitter}, adding to {@code nodes}, on {@code threads} threads. */
    private TreeBuilder(TreeBuilder parent, RandomSplitter splitter, TreeNodes nodes, int threads) {
        this.f = parent.f;
        this.rows = parent.rows;
        this.cols = parent.cols;
        this.y = parent.y;
        this.classes = parent.classes;
        this.s = parent.s;
        this.threads = threads;
        this.maxFeatures = parent.maxFeatures;
        this.impurity = parent.impurity;
        this.randomSplitter = splitter;
        this.nodes = nodes;
    }

    /** Grows a tree on {@code samples} (indices into the training rows; repeats count twice). */
    Tree grow(int[] samples, SplittableRandom random) {
        int[] counts = new int[classes];
        for (int i : samples) {
            counts[y[i]]++;
        }
        build(samples, 0, samples.length, 0, counts, 0, random);
        return nodes.tree();
    }

    /**
     * Grows the subtree of rows {@code idx[start..end)}; {@code constants}: the random splitter's count of features
     * known constant in the node.
     */
    private int build(int[] idx, int start, int end, int depth, int[] counts, int constants, SplittableRandom random) {
        int n = end - start;
        int feature = -1;
        double threshold = 0;
        int mid = -1;
        if (depth < s.maxDepth() && n >= 2 && !pure(counts, n)) {
            if (randomSplitter != null) {
                RandomSplitter.NodeSplit split = randomSplitter.split(idx, start, end, counts, constants, random);
                if (split != null) {
                    feature = split.feature();
                    threshold = split.threshold();
                    mid = split.mid();
                    constants = split.constants();
                }
            } else {
                Split best = bestSplit(idx, start, end, counts, random);
                if (best != null) {
                    feature = best.feature;
                    threshold = best.threshold;
                    mid = partition(idx, start, end, best);
                }
            }
        }
        if (mid < 0) {
            float[] dist = new float[classes];
            for (int c = 0; c < classes; c++) {
                dist[c] = (float) counts[c] / n;
            }
            return nodes.leaf(dist);
        }
        int node = nodes.split(feature, threshold);
        int[] leftCounts = new int[classes];
        for (int k = start; k < mid; k++) {
            leftCounts[y[idx[k]]]++;
        }
        int[] rightCounts = new int[classes];
        for (int c = 0; c < classes; c++) {
            rightCounts[c] = counts[c] - leftCounts[c];
        }
        growChildren(node, idx, start, mid, end, depth + 1, leftCounts, rightCounts, constants, random);
        return node;
    }

    /** Grows the subtrees of rows {@code idx[start..mid)} and {@code idx[mid..end)} and links them to {@code node}. */
    private void growChildren(int node, int[] idx, int start, int mid, int end, int depth, int[] leftCounts,
                              int[] rightCounts, int constants, SplittableRandom random) {
        if (randomSplitter == null || depth > FORK_DEPTH) {
            int l = build(idx, start, mid, depth, leftCounts, constants, random);
            nodes.link(node, l, build(idx, mid, end, depth, rightCounts, constants, random));
            return;
        }
        SplittableRandom leftRandom = random.split();
        SplittableRandom rightRandom = random.split();
        if (threads > 1 && end - start >= PARALLEL_NODE) {
            // the left subtree goes on with this splitter and these nodes, the right one with a copy of the feature
            // order as it is now and nodes of its own, appended after the left subtree's
            TreeBuilder leftSide = new TreeBuilder(this, randomSplitter, nodes, threads - threads / 2);
            TreeBuilder rightSide = new TreeBuilder(this, randomSplitter.fork(end - mid), new TreeNodes(), threads / 2);
            int[] l = new int[1];
            Parallel.forEach(2, 2, side -> {
                if (side == 0) {
                    l[0] = leftSide.build(idx, start, mid, depth, leftCounts, constants, leftRandom);
                } else {
                    rightSide.build(idx, mid, end, depth, rightCounts, constants, rightRandom);
                }
            });
            nodes.link(node, l[0], nodes.append(rightSide.nodes));
            return;
        }
        int[] order = randomSplitter.order();
        int l = build(idx, start, mid, depth, leftCounts, constants, leftRandom);
        randomSplitter.restore(order);
        nodes.link(node, l, build(idx, mid, end, depth, rightCounts, constants, rightRandom));
    }

    private static boolean pure(int[] counts, int n) {
        for (int c : counts) {
            if (c == n) {
                return true;
            }
        }
        return false;
    }

    /** Moves the samples going left before the others; returns the first right one. */
    private int partition(int[] idx, int start, int end, Split split) {
        int i = start;
        int j = end - 1;
        while (i <= j) {
            if (goesLeft(idx[i], split)) {
                i++;
            } else {
                int t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
                j--;
            }
        }
        return i;
    }

    private boolean goesLeft(int sample, Split split) {
        return (f.codes[split.feature * rows + sample] & 0xFF) <= split.bin;
    }

    /**
     * A candidate split: samples whose bin of {@code feature} is at most {@code bin} go left (their values are at most
     * {@code threshold}).
     */
    private record Split(int feature, int bin, double threshold, double proxy, int order) {
        boolean beats(Split other) {
            return other == null || proxy > other.proxy || (proxy == other.proxy && order < other.order);
        }
    }

    private int[] permutation(SplittableRandom random) {
        int[] perm = new int[cols];
        for (int j = 0; j < perm.length; j++) {
            perm[j] = j;
        }
        for (int j = perm.length - 1; j > 0; j--) {
            int k = random.nextInt(j + 1);
            int t = perm[j];
            perm[j] = perm[k];
            perm[k] = t;
        }
        return perm;
    }

    private Split bestSplit(int[] idx, int start, int end, int[] counts, SplittableRandom random) {
        int[] perm = permutation(random);
        if (maxFeatures > 0) {
            Histogram h = new Histogram();
            Split best = null;
            int tried = 0;
            for (int pos = 0; pos < perm.length && tried < maxFeatures; pos++) {
                Split cand = h.scan(perm[pos], pos, idx, start, end, counts);
                if (cand != Histogram.CONSTANT) {
                    tried++;
                    if (cand != null && cand.beats(best)) {
                        best = cand;
                    }
                }
            }
            return best;
        }
        int pieces = end - start >= PARALLEL_NODE ? Math.max(1, threads) : 1;
        Split[] bests = new Split[pieces];
        Parallel.forEach(pieces, pieces, p -> {
            Histogram h = new Histogram();
            for (int pos = perm.length * p / pieces; pos < perm.length * (p + 1) / pieces; pos++) {
                Split cand = h.scan(perm[pos], pos, idx, start, end, counts);
                if (cand != null && cand != Histogram.CONSTANT && cand.beats(bests[p])) {
                    bests[p] = cand;
                }
            }
        });
        Split best = null;
        for (Split b : bests) {
            if (b != null && b.beats(best)) {
                best = b;
            }
        }
        return best;
    }

    /** Per-thread scratch space for the exhaustive search over one feature's bins. */
    private final class Histogram {
        static final Split CONSTANT = new Split(-1, 0, 0, 0, 0);

        private final int[] counts = new int[BinnedFeatures.MAX_BINS * classes];
        private final int[] binTotal = new int[BinnedFeatures.MAX_BINS];
        private final int[] touched = new int[BinnedFeatures.MAX_BINS];
        private final int[] l = new int[classes];
        private final int[] r = new int[classes];

        /** The best split on feature {@code j}, {@link #CONSTANT} if it has one value here, null if none is valid. */
        Split scan(int j, int order, int[] idx, int start, int end, int[] nodeCounts) {
            int base = j * rows;
            int t = 0;
            for (int k = start; k < end; k++) {
                int i = idx[k];
                int b = f.codes[base + i] & 0xFF;
                if (binTotal[b]++ == 0) {
                    touched[t++] = b;
                }
                counts[b * classes + y[i]]++;
            }
            if (t == 1) {
                clear(t);
                return CONSTANT;
            }
            Arrays.sort(touched, 0, t);
            int n = end - start;
            boolean gini = impurity.gini();
            Arrays.fill(l, 0);
            System.arraycopy(nodeCounts, 0, r, 0, classes);
            double sl = 0;
            double sr = 0;
            for (int c = 0; c < classes; c++) {
                sr += gini ? (double) r[c] * r[c] : impurity.xlogx(r[c]);
            }
            int nl = 0;
            double bestProxy = Double.NEGATIVE_INFINITY;
            int bestQ = -1;
            for (int q = 0; q < t - 1; q++) {
                int b = touched[q];
                int off = b * classes;
                for (int c = 0; c < classes; c++) {
                    int k = counts[off + c];
                    if (k != 0) {
                        if (gini) {
                            sl += (double) k * (2 * l[c] + k);
                            sr -= (double) k * (2 * r[c] - k);
                        } else {
                            sl += impurity.xlogx(l[c] + k) - impurity.xlogx(l[c]);
                            sr += impurity.xlogx(r[c] - k) - impurity.xlogx(r[c]);
                        }
                        l[c] += k;
                        r[c] -= k;
                    }
                }
                nl += binTotal[b];
                int nr = n - nl;
                double proxy = gini ? sl / nl + sr / nr : sl + sr - impurity.xlogx(nl) - impurity.xlogx(nr);
                if (proxy > bestProxy) {
                    bestProxy = proxy;
                    bestQ = q;
                }
            }
            Split best = new Split(j, touched[bestQ], f.threshold(j, touched[bestQ], touched[bestQ + 1]), bestProxy, order);
            clear(t);
            return best;
        }

        private void clear(int t) {
            for (int q = 0; q < t; q++) {
                int b = touched[q];
                binTotal[b] = 0;
                Arrays.fill(counts, b * classes, b * classes + classes, 0);
            }
        }
    }
}
