package dev.fmnist.classic.models;

import dev.fmnist.classic.features.Standardized;
import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.Fmnist;
import dev.fmnist.data.progress.Progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The first 2,000 training and 500 test images of Fashion-MNIST from the store, standardized; loaded once. */
public final class FashionSubset {
    private static Standardized data;

    private FashionSubset() {
    }

    /** The standardized subset. */
    public static synchronized Standardized get() {
        if (data == null) {
            try {
                Dataset d = Fmnist.load("fashion");
                data = Standardized.of(d.train(), d.test(), 2000, 500);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }

    /** The test accuracy of {@code family} with {@code params} fitted on the subset (seed 1, two threads). */
    public static double accuracy(Family family, Map<String, Object> params) {
        return get().accuracy(predictions(family, params, 1));
    }

    /** The test predictions of {@code family} with {@code params} fitted on the subset with {@code seed}. */
    public static int[] predictions(Family family, Map<String, Object> params, long seed) {
        Standardized s = get();
        try (Predictor p = family.trainer(params).fit(s.train(), s.trainY(), 10, seed, 2, Progress.NONE)) {
            return p.predict(s.test(), 2);
        }
    }
}
