package dev.fmnist.viz.embed;

import dev.fmnist.data.Split;

/**
 * How well a map keeps classes together: the accuracy of a 5-nearest-neighbour classifier trained on the
 * coordinates of a seeded random half of the points and tested on the other half (a random map scores about one
 * over the number of classes).
 */
public final class MapQuality {
    private static final int K = 5;

    private MapQuality() {
    }

    /** The 5-NN accuracy of the map with these labels (one per point), halves drawn with {@code seed}. */
    public static double of(Embedding map, int[] labels, long seed) {
        int n = map.count();
        int[] order = Split.permutation(n, seed);
        int half = n / 2;
        int classes = 0;
        for (int l : labels) {
            classes = Math.max(classes, l + 1);
        }
        int right = 0;
        double[] bestD = new double[K];
        int[] bestL = new int[K];
        int[] votes = new int[classes];
        for (int a = half; a < n; a++) {
            int q = order[a];
            java.util.Arrays.fill(bestD, Double.POSITIVE_INFINITY);
            for (int b = 0; b < half; b++) {
                int t = order[b];
                double dx = map.x(q) - map.x(t);
                double dy = map.y(q) - map.y(t);
                double d = dx * dx + dy * dy;
                if (d < bestD[K - 1]) {
                    int pos = K - 1;
                    while (pos > 0 && bestD[pos - 1] > d) {
                        bestD[pos] = bestD[pos - 1];
                        bestL[pos] = bestL[pos - 1];
                        pos--;
                    }
                    bestD[pos] = d;
                    bestL[pos] = labels[t];
                }
            }
            java.util.Arrays.fill(votes, 0);
            int vote = bestL[0];
            for (int r = 0; r < K; r++) {
                if (++votes[bestL[r]] > votes[vote] || (votes[bestL[r]] == votes[vote] && bestL[r] < vote)) {
                    vote = bestL[r];
                }
            }
            if (vote == labels[q]) {
                right++;
            }
        }
        return (double) right / (n - half);
    }
}
