package dev.fmnist.classic.models.bayes;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.classic.models.FashionSubset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GaussianNBTest {
    /** One feature: class 0 at {0, 2} (mean 1, variance 1), class 1 at {4, 8} (mean 6, variance 4). */
    private static final FeatureMatrix X = new FeatureMatrix(new float[] {0, 2, 4, 8}, 4, 1);
    private static final int[] Y = {0, 0, 1, 1};

    @Test
    void fitsPerClassMeansAndVariancesPlusSmoothing() {
        GaussianNB.Model m = GaussianNB.Model.fit(X, Y, 2, null, 1e-9);
        assertEquals(1.0, m.mean[0][0], 1e-12);
        assertEquals(6.0, m.mean[1][0], 1e-12);
        double epsilon = 1e-9 * 8.75; // variance of {0, 2, 4, 8}: mean 3.5, (12.25 + 2.25 + 0.25 + 20.25) / 4
        assertEquals(1.0 + epsilon, m.variance[0][0], 1e-15);
        assertEquals(4.0 + epsilon, m.variance[1][0], 1e-15);
        assertEquals(Math.log(0.5), m.logPrior[0], 1e-15);
    }

    @Test
    void jointLogLikelihoodIsTheGaussianDensityTimesThePrior() {
        GaussianNB.Model m = GaussianNB.Model.fit(X, Y, 2, new double[] {0.25, 0.75}, 0);
        FeatureMatrix q = new FeatureMatrix(new float[] {3}, 1, 1);
        double expected0 = Math.log(0.25) - 0.5 * Math.log(2 * Math.PI * 1) - 0.5 * 4 / 1.0;
        double expected1 = Math.log(0.75) - 0.5 * Math.log(2 * Math.PI * 4) - 0.5 * 9 / 4.0;
        assertEquals(expected0, m.jointLogLikelihood(q, 0, 0), 1e-12);
        assertEquals(expected1, m.jointLogLikelihood(q, 0, 1), 1e-12);
        assertArrayEquals(new int[] {expected1 > expected0 ? 1 : 0}, m.predict(q, 1));
    }

    @Test
    void beatsChanceClearlyOnRealImagesWithUniformPriors() {
        List<Object> uniform = List.of(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1);
        double acc = FashionSubset.accuracy(new GaussianNB(), Map.of("priors", uniform));
        assertTrue(acc > 0.45, "accuracy " + acc);
    }
}
