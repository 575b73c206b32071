package dev.fmnist.viz.embed;

import dev.fmnist.data.progress.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Approximate {@code k} nearest neighbours, as UMAP's own library finds them: a forest of random-projection trees
 * gives every point candidates (the other points of its leaves), then NN-descent rounds compare the neighbours of
 * neighbours (forward and reverse) until fewer than 0.1% of the entries improve. Distances are computed in parallel
 * from a snapshot of the heaps and applied in a fixed order, so the result depends on the seed only.
 */
final class ApproximateNeighbours {
    private static final int TREES = 8;
    private static final int LEAF = 32;
    private static final int MAX_ROUNDS = 12;
    private static final double STOP = 0.001;
    private static final int POINTS_PER_TASK = 512;

    private ApproximateNeighbours() {
    }

    static NeighbourGraph search(Features x, int k, long seed, Workers workers, Progress progress) {
        int n = x.count();
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("k must be 1 to " + (n - 1) + ", not " + k);
        }
        NeighbourHeaps heaps = new NeighbourHeaps(n, k);
        List<List<int[]>> forest = new ArrayList<>();
        for (int t = 0; t < TREES; t++) {
            forest.add(null);
        }
        workers.run(TREES, t -> {
            List<int[]> leaves = new ArrayList<>();
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            split(x, all, new SplittableRandom(seed * 1_000_003L + t), leaves);
            forest.set(t, leaves);
        });
        for (List<int[]> leaves : forest) {
            for (int[] leaf : leaves) {
                for (int a = 0; a < leaf.length; a++) {
                    for (int b = a + 1; b < leaf.length; b++) {
                        float d2 = x.distance2(leaf[a], leaf[b]);
                        heaps.offer(leaf[a], leaf[b], d2);
                        heaps.offer(leaf[b], leaf[a], d2);
                    }
                }
            }
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int updates = descend(x, heaps, workers);
            progress.update(round + 1, updates + " updates");
            if (updates < STOP * n * k) {
                break;
            }
        }
        return heaps.sorted(n);
    }

    /** Splits {@code points} by random hyperplanes until the leaves hold at most {@value #LEAF} points. */
    private static void split(Features x, int[] points, SplittableRandom random, List<int[]> leaves) {
        if (points.length <= LEAF) {
            leaves.add(points);
            return;
        }
        int m = x.dim();
        float[] v = x.values();
        int a = points[random.nextInt(points.length)];
        int b = points[random.nextInt(points.length)];
        float[] normal = new float[m];
        double offset = 0;
        for (int f = 0; f < m; f++) {
            normal[f] = v[a * m + f] - v[b * m + f];
            offset += normal[f] * (v[a * m + f] + v[b * m + f]) / 2.0;
        }
        boolean[] right = new boolean[points.length];
        int rights = 0;
        for (int p = 0; p < points.length; p++) {
            double s = -offset;
            int o = points[p] * m;
            for (int f = 0; f < m; f++) {
                s += normal[f] * v[o + f];
            }
            right[p] = s > 0 || (s == 0 && random.nextBoolean());
            rights += right[p] ? 1 : 0;
        }
        if (rights == 0 || rights == points.length) {
            for (int p = 0; p < points.length; p++) {
                right[p] = random.nextBoolean();
            }
            rights = 0;
            for (boolean r : right) {
                rights += r ? 1 : 0;
            }
            if (rights == 0 || rights == points.length) {
                right[0] = !right[0];
                rights += right[0] ? 1 : -1;
            }
        }
        int[] l = new int[points.length - rights];
        int[] r = new int[rights];
        int li = 0;
        int ri = 0;
        for (int p = 0; p < points.length; p++) {
            if (right[p]) {
                r[ri++] = points[p];
            } else {
                l[li++] = points[p];
            }
        }
        split(x, l, random, leaves);
        split(x, r, random, leaves);
    }

    /**
     * One NN-descent round: for every point, compares its new neighbours (forward and reverse) with each other and
     * with its old ones; returns how many heap entries improved.
     */
    private static int descend(Features x, NeighbourHeaps heaps, Workers workers) {
        int n = x.count();
        int k = heaps.k;
        int cap = 2 * k;
        int[][] fresh = new int[n][];
        int[][] old = new int[n][];
        int[] freshCount = new int[n];
        int[] oldCount = new int[n];
        for (int p = 0; p < n; p++) {
            fresh[p] = new int[cap];
            old[p] = new int[cap];
        }
        for (int p = 0; p < n; p++) {
            for (int r = 0; r < k; r++) {
                int e = p * k + r;
                int q = heaps.index[e];
                if (q < 0) {
                    continue;
                }
                if (heaps.fresh[e]) {
                    add(fresh, freshCount, p, q, cap);
                    add(fresh, freshCount, q, p, cap);
                    heaps.fresh[e] = false;
                } else {
                    add(old, oldCount, p, q, cap);
                    add(old, oldCount, q, p, cap);
                }
            }
        }
        float[] worst = new float[n];
        for (int p = 0; p < n; p++) {
            worst[p] = heaps.worst(p);
        }
        int tasks = (n + POINTS_PER_TASK - 1) / POINTS_PER_TASK;
        Candidates[] found = new Candidates[tasks];
        workers.run(tasks, t -> {
            Candidates c = new Candidates();
            for (int v = t * POINTS_PER_TASK; v < Math.min(n, (t + 1) * POINTS_PER_TASK); v++) {
                int[] nv = fresh[v];
                int nn = freshCount[v];
                int[] ov = old[v];
                int on = oldCount[v];
                for (int a = 0; a < nn; a++) {
                    int p = nv[a];
                    for (int b = a + 1; b < nn; b++) {
                        c.consider(x, p, nv[b], worst);
                    }
                    for (int b = 0; b < on; b++) {
                        c.consider(x, p, ov[b], worst);
                    }
                }
            }
            found[t] = c;
        });
        int updates = 0;
        for (Candidates c : found) {
            for (int e = 0; e < c.size; e++) {
                int p = c.a[e];
                int q = c.b[e];
                float d2 = c.d[e];
                updates += heaps.offer(p, q, d2) ? 1 : 0;
                updates += heaps.offer(q, p, d2) ? 1 : 0;
            }
        }
        return updates;
    }

    private static void add(int[][] lists, int[] counts, int p, int q, int cap) {
        if (counts[p] < cap) {
            int[] l = lists[p];
            for (int i = 0; i < counts[p]; i++) {
                if (l[i] == q) {
                    return;
                }
            }
            l[counts[p]++] = q;
        }
    }

    /** Pairs worth offering to the heaps, found by one task. */
    private static final class Candidates {
        int[] a = new int[1024];
        int[] b = new int[1024];
        float[] d = new float[1024];
        int size;

        void consider(Features x, int p, int q, float[] worst) {
            if (p == q) {
                return;
            }
            float d2 = x.distance2(p, q);
            if (d2 < worst[p] || d2 < worst[q]) {
                if (size == a.length) {
                    a = Arrays.copyOf(a, 2 * size);
                    b = Arrays.copyOf(b, 2 * size);
                    d = Arrays.copyOf(d, 2 * size);
                }
                a[size] = p;
                b[size] = q;
                d[size++] = d2;
            }
        }
    }
}
