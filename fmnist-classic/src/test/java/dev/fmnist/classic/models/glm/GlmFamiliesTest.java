package dev.fmnist.classic.models.glm;

import dev.fmnist.classic.models.FashionSubset;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LogisticRegression and LinearSVC learn real images in every configuration they accept (strong regularization,
 * small C, keeps the runs short), deterministically for a seed, and refuse the combinations scikit-learn refuses.
 */
class GlmFamiliesTest {
    @Test
    void logisticRegressionLearnsRealImages() {
        LogisticRegression f = new LogisticRegression();
        assertTrue(FashionSubset.accuracy(f, Map.of("penalty", "l1", "C", 0.1)) > 0.75);
        assertTrue(FashionSubset.accuracy(f, Map.of("penalty", "l2", "C", 0.01)) > 0.75);
        assertTrue(FashionSubset.accuracy(f, Map.of("multi_class", "multinomial", "C", 0.01)) > 0.75);
        assertThrows(IllegalArgumentException.class,
                () -> f.trainer(Map.of("penalty", "l1", "multi_class", "multinomial")));
    }

    @Test
    void linearSvcLearnsRealImagesDeterministically() {
        LinearSVC f = new LinearSVC();
        Map<String, Object> hinge = Map.of("loss", "hinge", "C", 0.01);
        assertTrue(FashionSubset.accuracy(f, hinge) > 0.75);
        assertArrayEquals(FashionSubset.predictions(f, hinge, 3), FashionSubset.predictions(f, hinge, 3));
        assertTrue(FashionSubset.accuracy(f, Map.of("penalty", "l1", "C", 0.01)) > 0.75);
        assertTrue(FashionSubset.accuracy(f, Map.of("multi_class", "crammer_singer", "C", 0.01)) > 0.75);
        assertThrows(IllegalArgumentException.class, () -> f.trainer(Map.of("penalty", "l1", "loss", "hinge")));
    }
}
