package dev.fmnist.classic.models.linear;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.classic.models.Parallel;
import dev.fmnist.data.progress.Progress;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Trains one binary SGD classifier per class (one-vs-rest), the classes in parallel. */
final class OneVsRestSgd implements Trainer {
    private final SgdSettings settings;

    OneVsRestSgd(SgdSettings settings) {
        this.settings = settings;
    }

    @Override
    public Predictor fit(FeatureMatrix x, int[] y, int classes, long seed, int threads, Progress progress) {
        double[] norms = null;
        if (settings.schedule() == SgdSettings.Schedule.PA1) {
            norms = new double[x.rows()];
            for (int i = 0; i < x.rows(); i++) {
                double s = 0;
                for (int j = 0; j < x.cols(); j++) {
                    double v = x.get(i, j);
                    s += v * v;
                }
                norms[i] = s;
            }
        }
        BinarySgd sgd = new BinarySgd(settings, x, norms);
        long[] seeds = new SplittableRandom(seed).longs(classes).toArray();
        double[][] weights = new double[classes][];
        AtomicInteger done = new AtomicInteger();
        Parallel.forEach(classes, threads, c -> {
            boolean[] positive = new boolean[y.length];
            for (int i = 0; i < y.length; i++) {
                positive[i] = y[i] == c;
            }
            BinarySgd.Result r = sgd.fit(positive, seeds[c]);
            weights[c] = r.weights();
            int finished = done.incrementAndGet();
            progress.step(finished, classes, finished + " of " + classes + " classes done; class " + c + ": "
                    + r.epochs() + " epochs");
        });
        return new LinearModel(weights);
    }

    @Override
    public long memoryEstimate(int rows, int cols) {
        return 16L * rows + 32L * cols * 10 + (1 << 20);
    }
}
