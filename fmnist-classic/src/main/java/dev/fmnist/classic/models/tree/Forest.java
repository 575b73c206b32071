package dev.fmnist.classic.models.tree;

import dev.fmnist.classic.family.FeatureMatrix;
import dev.fmnist.classic.family.Predictor;
import dev.fmnist.classic.models.Parallel;

import java.util.List;

/** Fitted trees that vote by averaging their leaves' class distributions (one tree: that tree's majority class). */
final class Forest implements Predictor {
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
            double[] sum = new double[classes];
            for (int i = from; i < to; i++) {
                java.util.Arrays.fill(sum, 0);
                for (Tree t : trees) {
                    float[] d = t.leafDistribution(x.data(), x.offset(i));
                    for (int c = 0; c < classes; c++) {
                        sum[c] += d[c];
                    }
                }
                int best = 0;
                for (int c = 1; c < classes; c++) {
                    if (sum[c] > sum[best]) {
                        best = c;
                    }
                }
                out[i] = best;
            }
        });
        return out;
    }
}
