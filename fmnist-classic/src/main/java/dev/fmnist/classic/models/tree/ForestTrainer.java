package dev.fmnist.classic.models.tree;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.classic.models.Parallel;
import dev.fmnist.data.progress.Progress;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fits {@code trees} CART trees on the binned training set: one tree on all samples, or a forest of trees each on
 * its own bootstrap sample (drawn with replacement), the trees in parallel.
 */
final class ForestTrainer implements Trainer {
    private final TreeSettings settings;
    private final int trees;
    private final boolean bootstrap;

    ForestTrainer(TreeSettings settings, int trees, boolean bootstrap) {
        this.settings = settings;
        this.trees = trees;
        this.bootstrap = bootstrap;
    }

    @Override
    public Predictor fit(FeatureMatrix x, int[] y, int classes, long seed, int threads, Progress progress) {
        BinnedFeatures f = settings.randomSplit() ? null : BinnedFeatures.of(x, threads);
        byte[] labels = new byte[y.length];
        for (int i = 0; i < y.length; i++) {
            labels[i] = (byte) y[i];
        }
        long[] seeds = new SplittableRandom(seed).longs(trees).toArray();
        Tree[] fitted = new Tree[trees];
        int outer = Math.min(threads, trees);
        int inner = Math.max(1, threads / outer);
        AtomicInteger done = new AtomicInteger();
        Parallel.forEach(trees, outer, t -> {
            SplittableRandom random = new SplittableRandom(seeds[t]);
            int[] samples = new int[y.length];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = bootstrap ? random.nextInt(samples.length) : i;
            }
            if (bootstrap) {
                Arrays.sort(samples);
            }
            fitted[t] = new TreeBuilder(x, f, labels, classes, settings, inner).grow(samples, random);
            int finished = done.incrementAndGet();
            progress.step(finished, trees, finished + " of " + trees + " trees grown");
        });
        return new Forest(List.of(fitted), classes);
    }

    @Override
    public long memoryEstimate(int rows, int cols) {
        long binned = settings.randomSplit() ? 0 : (long) rows * cols + 8L * rows * cols / 32;
        long perTree = 16L * rows + 64L * rows;
        return binned + perTree * trees + (8L << 20);
    }
}
