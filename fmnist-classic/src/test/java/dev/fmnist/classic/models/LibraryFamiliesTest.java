package dev.fmnist.classic.models;

import dev.fmnist.classic.models.boosting.GradientBoostingClassifier;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The family that delegates to XGBoost learns real images. */
class LibraryFamiliesTest {
    @Test
    void gradientBoostingLearnsRealImagesDeterministically() {
        Map<String, Object> p = Map.of("n_estimators", 4, "max_depth", 3);
        assertTrue(FashionSubset.accuracy(new GradientBoostingClassifier(), p) > 0.65);
        assertArrayEquals(FashionSubset.predictions(new GradientBoostingClassifier(), p, 2),
                FashionSubset.predictions(new GradientBoostingClassifier(), p, 2));
    }
}
