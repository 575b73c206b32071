package dev.fmnist.classic.models.neighbors;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.classic.models.Parallel;

import java.util.Arrays;

/**
 * A fitted k-nearest-neighbours classifier by exhaustive search: each query is compared with every training row
 * (Minkowski distance of power {@code p}), and its {@code k} nearest vote, equally or weighted by inverse distance
 * (a neighbour at distance 0 outvotes all others). Ties go to the smallest class, as in scikit-learn. The Euclidean
 * case ({@code p = 2}) finds the exact neighbours with {@link EuclideanSearch}; the others rank float distances.
 * Fitting keeps the training rows, as scikit-learn's brute force does; the first prediction packs them into
 * {@link BlockedDistances} (on all its threads), which later predictions reuse.
 */
final class NearestNeighbors implements Predictor {
    private static final int QUERY_GROUP = 64;

    private final FeatureMatrix rows;
    private BlockedDistances train;
    private EuclideanSearch euclidean;
    private final int[] labels;
    private final int classes;
    private final int k;
    private final boolean byDistance;
    private final double p;

    NearestNeighbors(FeatureMatrix x, int[] y, int classes, int k, boolean byDistance, double p) {
        if (k > x.rows()) {
            throw new IllegalArgumentException("n_neighbors = " + k + " but only " + x.rows() + " training samples");
        }
        this.rows = x;
        this.labels = y.clone();
        this.classes = classes;
        this.k = k;
        this.byDistance = byDistance;
        this.p = p;
    }

    @Override
    public int[] predict(FeatureMatrix x, int threads) {
        pack(threads);
        int[] out = new int[x.rows()];
        int groups = (x.rows() + QUERY_GROUP - 1) / QUERY_GROUP;
        Parallel.forEach(groups, threads, g -> {
            int from = g * QUERY_GROUP;
            int to = Math.min(x.rows(), from + QUERY_GROUP);
            int[][] index = new int[to - from][k];
            double[][] distance = new double[to - from][k];
            if (euclidean != null) {
                euclidean.search(x, from, to, index, distance);
            } else {
                search(x, from, to, index, distance);
            }
            for (int q = from; q < to; q++) {
                out[q] = vote(distance[q - from], index[q - from]);
            }
        });
        return out;
    }

    private synchronized void pack(int threads) {
        if (train == null) {
            train = new BlockedDistances(rows, threads);
            euclidean = p == 2 ? new EuclideanSearch(rows, train, k) : null;
        }
    }

    /** The {@code k} nearest training rows of queries {@code from..to-1} by float Minkowski distances ({@code p != 2}). */
    private void search(FeatureMatrix x, int from, int to, int[][] index, double[][] distance) {
        float[][] best = new float[to - from][k];
        for (float[] b : best) {
            Arrays.fill(b, Float.POSITIVE_INFINITY);
        }
        float[] data = x.data();
        int m = to - from;
        int[] offsets = new int[m];
        for (int q = 0; q < m; q++) {
            offsets[q] = x.offset(from + q);
        }
        float[][] dist = new float[m][BlockedDistances.BLOCK];
        for (int b = 0; b < train.blocks(); b++) {
            if (p == 1) {
                train.manhattan(data, offsets, m, b, dist);
            } else {
                for (int q = 0; q < m; q++) {
                    train.minkowskiPower(data, offsets[q], b, p, dist[q]);
                }
            }
            for (int q = 0; q < m; q++) {
                keep(dist[q], train.rowsIn(b), b, best[q], index[q]);
            }
        }
        for (int q = 0; q < to - from; q++) {
            for (int i = 0; i < k; i++) {
                distance[q][i] = p == 1 ? best[q][i] : Math.pow(best[q][i], 1 / p);
            }
        }
    }

    /** Merges the block's distances into the sorted k best. */
    private void keep(float[] dist, int n, int block, float[] best, int[] bestIndex) {
        for (int r = 0; r < n; r++) {
            float d = dist[r];
            if (d < best[k - 1]) {
                int pos = k - 1;
                while (pos > 0 && best[pos - 1] > d) {
                    best[pos] = best[pos - 1];
                    bestIndex[pos] = bestIndex[pos - 1];
                    pos--;
                }
                best[pos] = d;
                bestIndex[pos] = block * BlockedDistances.BLOCK + r;
            }
        }
    }

    private int vote(double[] dist, int[] index) {
        double[] score = new double[classes];
        boolean exact = false;
        for (double d : dist) {
            exact |= d == 0;
        }
        for (int i = 0; i < k; i++) {
            double w = !byDistance ? 1 : exact ? (dist[i] == 0 ? 1 : 0) : 1 / dist[i];
            score[labels[index[i]]] += w;
        }
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (score[c] > score[best]) {
                best = c;
            }
        }
        return best;
    }
}
