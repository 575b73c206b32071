package dev.fmnist.classic.models.glm;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.classic.models.Parallel;
import dev.fmnist.classic.models.linear.LinearModel;
import dev.fmnist.data.progress.Progress;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Solves one binary problem per class (that class +1, the rest -1), the classes in parallel, as LIBLINEAR does. */
final class OneVsRest implements Trainer {
    private final Function<FeatureMatrix, BinarySolver> solverFor;
    private final boolean columns;

    /**
     * @param solverFor builds the solver for the training rows (once, shared by the classes)
     * @param columns   whether that solver keeps a feature-major copy of the rows (for the memory estimate)
     */
    OneVsRest(Function<FeatureMatrix, BinarySolver> solverFor, boolean columns) {
        this.solverFor = solverFor;
        this.columns = columns;
    }

    @Override
    public Predictor fit(FeatureMatrix x, int[] y, int classes, long seed, int threads, Progress progress) {
        BinarySolver solver = solverFor.apply(x);
        long[] seeds = new SplittableRandom(seed).longs(classes).toArray();
        double[][] weights = new double[classes][];
        AtomicInteger done = new AtomicInteger();
        Parallel.forEach(classes, threads, k -> {
            byte[] labels = new byte[y.length];
            for (int i = 0; i < y.length; i++) {
                labels[i] = (byte) (y[i] == k ? 1 : -1);
            }
            weights[k] = solver.solve(labels, new SplittableRandom(seeds[k]));
            int finished = done.incrementAndGet();
            progress.step(finished, classes, finished + " of " + classes + " classes solved");
        });
        return new LinearModel(weights);
    }

    @Override
    public long memoryEstimate(int rows, int cols) {
        long copy = columns ? 4L * rows * (cols + 1) : 8L * rows;
        return copy + 2 * 64L * rows + (16L << 20);
    }
}
