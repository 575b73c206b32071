package dev.fmnist.classic.models;

import dev.fmnist.classic.models.boosting.GradientBoostingClassifier;
import dev.fmnist.classic.models.liblinear.LinearSVC;
import dev.fmnist.classic.models.liblinear.LogisticRegression;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The families that delegate to XGBoost and LIBLINEAR learn real images. */
class LibraryFamiliesTest {
    @Test
    void gradientBoostingLearnsRealImagesDeterministically() {
        Map<String, Object> p = Map.of("n_estimators", 4, "max_depth", 3);
        assertTrue(FashionSubset.accuracy(new GradientBoostingClassifier(), p) > 0.65);
        assertArrayEquals(FashionSubset.predictions(new GradientBoostingClassifier(), p, 2),
                FashionSubset.predictions(new GradientBoostingClassifier(), p, 2));
    }

    /** Strong regularization (small C) keeps LIBLINEAR's iterations, and this test, short. */
    @Test
    void liblinearModelsLearnRealImages() {
        assertTrue(FashionSubset.accuracy(new LogisticRegression(), Map.of("penalty", "l2", "C", 0.01)) > 0.7);
        assertTrue(FashionSubset.accuracy(new LinearSVC(), Map.of("loss", "hinge", "C", 0.01)) > 0.7);
        assertTrue(FashionSubset.accuracy(new LinearSVC(), Map.of("multi_class", "crammer_singer", "C", 0.01)) > 0.7);
        assertThrows(IllegalArgumentException.class,
                () -> new LinearSVC().trainer(Map.of("penalty", "l1", "loss", "hinge")));
    }
}
