package dev.fmnist.classic.models.linear;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.classic.models.FashionSubset;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinearSgdTest {
    private static SgdSettings once(Loss loss, SgdSettings.Schedule schedule, double c) {
        return new SgdSettings(loss, Penalty.NONE, 0, 0, schedule, 1.0, c, 1, 1e-3, 5);
    }

    @Test
    void perceptronStepAddsTheMisclassifiedSample() {
        FeatureMatrix x = new FeatureMatrix(new float[] {1, -1}, 1, 2);
        BinarySgd.Result r = new BinarySgd(once(Loss.PERCEPTRON, SgdSettings.Schedule.CONSTANT, 0), x, null)
                .fit(new boolean[] {false}, 1);
        assertArrayEquals(new double[] {-1, 1, -1}, r.weights(), 1e-12);
    }

    @Test
    void passiveAggressiveStepFixesTheHingeLossUpToC() {
        FeatureMatrix x = new FeatureMatrix(new float[] {1, 2}, 1, 2);
        double[] norms = {5};
        BinarySgd.Result free = new BinarySgd(once(Loss.HINGE, SgdSettings.Schedule.PA1, 1.0), x, norms)
                .fit(new boolean[] {true}, 1);
        assertArrayEquals(new double[] {0.2, 0.4, 0.2}, free.weights(), 1e-12); // step loss/|x|^2 = 1/5
        BinarySgd.Result capped = new BinarySgd(once(Loss.HINGE, SgdSettings.Schedule.PA1, 0.1), x, norms)
                .fit(new boolean[] {true}, 1);
        assertArrayEquals(new double[] {0.1, 0.2, 0.1}, capped.weights(), 1e-12);
    }

    @Test
    void lossesMatchTheirDefinitions() {
        assertEquals(0.5, Loss.HINGE.loss(0.5, 1), 1e-15);
        assertEquals(-1, Loss.HINGE.dloss(0.5, 1), 1e-15);
        assertEquals(0.25, Loss.SQUARED_HINGE.loss(0.5, 1), 1e-15);
        assertEquals(Math.log1p(Math.exp(-0.5)), Loss.LOG.loss(0.5, 1), 1e-15);
        assertEquals(12, Loss.MODIFIED_HUBER.loss(-3, 1), 1e-15);
        assertEquals(0, Loss.PERCEPTRON.loss(0.5, 1), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Loss.named("epsilon_insensitive"));
    }

    @Test
    void l2PenaltyShrinksTheWeights() {
        FeatureMatrix x = new FeatureMatrix(new float[] {1, 2}, 1, 2);
        SgdSettings shrink = new SgdSettings(Loss.PERCEPTRON, Penalty.L2, 0.5, 0, SgdSettings.Schedule.CONSTANT,
                1.0, 0, 1, 1e-3, 5);
        double[] w = new BinarySgd(shrink, x, null).fit(new boolean[] {true}, 1).weights();
        // scale 1 - eta * alpha = 0.5 applied before the step of +x / 0.5 on the unscaled weights
        assertArrayEquals(new double[] {1, 2, 1}, w, 1e-12);
    }

    @Test
    void l1PenaltyChargesEachWeightItsCumulativeShareNeverAcrossZero() {
        FeatureMatrix x = new FeatureMatrix(new float[] {1, -0.5f, 0.001f}, 1, 3);
        SgdSettings l1 = new SgdSettings(Loss.PERCEPTRON, Penalty.L1, 0.01, 1, SgdSettings.Schedule.CONSTANT,
                1.0, 0, 2, 1e-3, 5);
        double[] w = new BinarySgd(l1, x, null).fit(new boolean[] {true}, 1).weights();
        // epoch 1: the step adds x, then every weight pays u = 0.01 (the smallest one stops at zero);
        // epoch 2: no step (classified right), each weight pays the 0.01 it owes since, the zero weight stays zero
        assertArrayEquals(new double[] {0.98, -0.48, 0, 1}, w, 1e-6);
        assertEquals(0.0, w[2]);
    }

    @Test
    void l1PenaltyZeroesUselessWeights() {
        Map<String, Object> l1 = Map.of("penalty", "l1", "alpha", 0.01);
        double[] w = weights(new Perceptron(), l1);
        int zero = 0;
        for (double v : w) {
            zero += v == 0 ? 1 : 0;
        }
        assertTrue(zero > 100, zero + " zero weights");
    }

    private static double[] weights(SgdFamily family, Map<String, Object> params) {
        var s = dev.fmnist.classic.models.FashionSubset.get();
        LinearModel m = (LinearModel) family.trainer(params).fit(s.train(), s.trainY(), 10, 1, 2,
                dev.fmnist.data.progress.Progress.NONE);
        return m.weights(0);
    }

    @Test
    void linearFamiliesLearnRealImagesDeterministically() {
        assertTrue(FashionSubset.accuracy(new Perceptron(), Map.of("penalty", "l1")) > 0.65);
        assertTrue(FashionSubset.accuracy(new PassiveAggressiveClassifier(), Map.of("C", 1.0)) > 0.65);
        assertTrue(FashionSubset.accuracy(new SGDClassifier(), Map.of("loss", "hinge", "penalty", "l2")) > 0.7);
        assertArrayEquals(FashionSubset.predictions(new SGDClassifier(), Map.of("loss", "log"), 5),
                FashionSubset.predictions(new SGDClassifier(), Map.of("loss", "log"), 5));
    }
}
