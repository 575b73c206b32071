package dev.fmnist.classic.models.linear;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.classic.models.Parallel;

/** A fitted one-vs-rest linear classifier: predicts the class whose {@code w . x + b} is largest. */
public final class LinearModel implements Predictor {
    private final double[][] weights;

    /** @param weights one row per class: the feature weights, then the bias */
    public LinearModel(double[][] weights) {
        this.weights = weights;
    }

    /** Class {@code c}'s weights, bias last (not a copy). */
    public double[] weights(int c) {
        return weights[c];
    }

    @Override
    public int[] predict(FeatureMatrix x, int threads) {
        int[] out = new int[x.rows()];
        int d = x.cols();
        Parallel.chunks(x.rows(), threads, (from, to) -> {
            for (int i = from; i < to; i++) {
                int best = 0;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < weights.length; c++) {
                    double s = DenseVectors.dot(weights[c], x.data(), x.offset(i), d) + weights[c][d];
                    if (s > bestScore) {
                        bestScore = s;
                        best = c;
                    }
                }
                out[i] = best;
            }
        });
        return out;
    }
}
