package dev.fmnist.viz.embed;

import java.util.Arrays;

/**
 * For each point, the {@code k} best neighbours found so far, as a max-heap (the worst at the root) of squared
 * distances, with a flag per entry that says whether it is new since the last round of NN-descent.
 */
final class NeighbourHeaps {
    final int k;
    final float[] dist;
    final int[] index;
    final boolean[] fresh;

    NeighbourHeaps(int n, int k) {
        this.k = k;
        this.dist = new float[n * k];
        this.index = new int[n * k];
        this.fresh = new boolean[n * k];
        Arrays.fill(dist, Float.POSITIVE_INFINITY);
        Arrays.fill(index, -1);
    }

    /** The worst squared distance held for point {@code p} (infinite while its heap is not full). */
    float worst(int p) {
        return dist[p * k];
    }

    /** Offers {@code q} at squared distance {@code d2} as a neighbour of {@code p}; true if it was taken. */
    boolean offer(int p, int q, float d2) {
        int base = p * k;
        if (!(d2 < dist[base]) || p == q) {
            return false;
        }
        for (int r = 0; r < k; r++) {
            if (index[base + r] == q) {
                return false;
            }
        }
        push(p, q, d2);
        return true;
    }

    /** Replaces the worst neighbour of {@code p} by {@code q}, which must be better and not held yet. */
    void push(int p, int q, float d2) {
        int base = p * k;
        int c = 0;
        while (true) {
            int l = 2 * c + 1;
            if (l >= k) {
                break;
            }
            int r = l + 1;
            int big = r < k && dist[base + r] > dist[base + l] ? r : l;
            if (!(dist[base + big] > d2)) {
                break;
            }
            dist[base + c] = dist[base + big];
            index[base + c] = index[base + big];
            fresh[base + c] = fresh[base + big];
            c = big;
        }
        dist[base + c] = d2;
        index[base + c] = q;
        fresh[base + c] = true;
    }

    /** The neighbours, nearest first (ties to the smaller index), with Euclidean distances. */
    NeighbourGraph sorted(int n) {
        int[] idx = new int[n * k];
        float[] d = new float[n * k];
        Integer[] order = new Integer[k];
        for (int p = 0; p < n; p++) {
            int base = p * k;
            for (int r = 0; r < k; r++) {
                order[r] = r;
            }
            Arrays.sort(order, (a, b) -> dist[base + a] != dist[base + b]
                    ? Float.compare(dist[base + a], dist[base + b])
                    : Integer.compare(index[base + a], index[base + b]));
            for (int r = 0; r < k; r++) {
                idx[base + r] = index[base + order[r]];
                d[base + r] = (float) Math.sqrt(dist[base + order[r]]);
            }
        }
        return new NeighbourGraph(n, k, idx, d);
    }
}
