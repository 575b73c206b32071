package dev.fmnist.classic.models.neighbors;

import dev.fmnist.classic.family.FeatureMatrix;
import dev.fmnist.classic.family.Predictor;
import dev.fmnist.classic.models.Parallel;

import java.util.Arrays;

/**
 * A fitted k-nearest-neighbours classifier by exhaustive search: each query is compared with every training row
 * (Minkowski distance of power {@code p}), and its {@code k} nearest vote, equally or weighted by inverse distance
 * (a neighbour at distance 0 outvotes all others). Ties go to the smallest class, as in scikit-learn.
 */
final class NearestNeighbors implements Predictor {
    private static final int QUERY_GROUP = 64;

    private final BlockedDistances train;
    private final int[] labels;
    private final int classes;
    private final int k;
    private final boolean byDistance;
    private final double p;

    NearestNeighbors(FeatureMatrix x, int[] y, int classes, int k, boolean byDistance, double p) {
        if (k > x.rows()) {
            throw new IllegalArgumentException("n_neighbors = " + k + " but only " + x.rows() + " training samples");
        }
        this.train = new BlockedDistances(x);
        this.labels = y.clone();
        this.classes = classes;
        this.k = k;
        this.byDistance = byDistance;
        this.p = p;
    }

    @Override
    public int[] predict(FeatureMatrix x, int threads) {
        int[] out = new int[x.rows()];
        int groups = (x.rows() + QUERY_GROUP - 1) / QUERY_GROUP;
        Parallel.forEach(groups, threads, g -> {
            int from = g * QUERY_GROUP;
            int to = Math.min(x.rows(), from + QUERY_GROUP);
            float[][] best = new float[to - from][k];
            int[][] bestIndex = new int[to - from][k];
            for (float[] b : best) {
                Arrays.fill(b, Float.POSITIVE_INFINITY);
            }
            search(x, from, to, best, bestIndex);
            for (int q = from; q < to; q++) {
                out[q] = vote(finish(x, q, best[q - from]), bestIndex[q - from]);
            }
        });
        return out;
    }

    private void search(FeatureMatrix x, int from, int to, float[][] best, int[][] bestIndex) {
        float[] data = x.data();
        float[] dist = new float[4 * BlockedDistances.BLOCK];
        for (int b = 0; b < train.blocks(); b++) {
            int n = train.rowsIn(b);
            if (p == 2) {
                for (int q = from; q < to; q += 4) {
                    train.euclideanPartial4(data, x.offset(q), x.offset(Math.min(q + 1, to - 1)),
                            x.offset(Math.min(q + 2, to - 1)), x.offset(Math.min(q + 3, to - 1)), b, dist);
                    for (int g = 0; g < 4 && q + g < to; g++) {
                        keep(dist, g * BlockedDistances.BLOCK, n, b, best[q + g - from], bestIndex[q + g - from]);
                    }
                }
            } else {
                for (int q = from; q < to; q++) {
                    if (p == 1) {
                        train.manhattan(data, x.offset(q), b, dist);
                    } else {
                        train.minkowskiPower(data, x.offset(q), b, p, dist);
                    }
                    keep(dist, 0, n, b, best[q - from], bestIndex[q - from]);
                }
            }
        }
    }

    /** Merges the block's distances into the sorted k best. */
    private void keep(float[] dist, int off, int n, int block, float[] best, int[] bestIndex) {
        for (int r = 0; r < n; r++) {
            float d = dist[off + r];
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

    /** Turns the search's partial distances into true distances. */
    private float[] finish(FeatureMatrix x, int q, float[] best) {
        float[] d = best.clone();
        if (p == 2) {
            double sq = 0;
            for (int j = 0; j < x.cols(); j++) {
                double v = x.get(q, j);
                sq += v * v;
            }
            for (int i = 0; i < d.length; i++) {
                d[i] = (float) Math.sqrt(Math.max(0, d[i] + sq));
            }
        } else if (p != 1) {
            for (int i = 0; i < d.length; i++) {
                d[i] = (float) Math.pow(d[i], 1 / p);
            }
        }
        return d;
    }

    private int vote(float[] dist, int[] index) {
        double[] score = new double[classes];
        boolean exact = false;
        for (float d : dist) {
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
