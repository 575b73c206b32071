package dev.fmnist.classic.models.tree;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.classic.models.Parallel;

import java.util.Arrays;
import java.util.List;

/**
 * Fitted trees that vote by averaging their leaves' class distributions (one tree: that tree's majority class).
 * Predictions run tree by tree over a few rows at a time, so that a tree's nodes stay in cache for those rows.
 */
final class Forest implements Predictor {
    private static final int ROWS_PER_PASS = 64;

    private final List<Tree> trees;
    private final int classes;

    Forest(List<Tree> trees, int classes) {
        this.trees = List.copyOf(trees);
        this.classes = classes;
    }

    int nodeCount() {
        return trees.stream().mapToInt(Tree::nodeCount).sum();
    }

    @Override
    public int[] predict(FeatureMatrix x, int threads) {
        int[] out = new int[x.rows()];
        Parallel.chunks(x.rows(), threads, (from, to) -> {
            double[] sum = new double[ROWS_PER_PASS * classes];
            for (int r0 = from; r0 < to; r0 += ROWS_PER_PASS) {
                int r1 = Math.min(to, r0 + ROWS_PER_PASS);
                Arrays.fill(sum, 0);
                for (Tree t : trees) {
                    for (int i = r0; i < r1; i++) {
                        t.addLeafDistribution(x.data(), x.offset(i), sum, (i - r0) * classes);
                    }
                }
                for (int i = r0; i < r1; i++) {
                    int at = (i - r0) * classes;
                    int best = 0;
                    for (int c = 1; c < classes; c++) {
                        if (sum[at + c] > sum[at + best]) {
                            best = c;
                        }
                    }
                    out[i] = best;
                }
            }
        });
        return out;
    }
}
