package dev.fmnist.classic.models.neighbors;

import dev.fmnist.classic.family.FeatureMatrix;
import dev.fmnist.classic.family.Predictor;
import dev.fmnist.classic.models.FashionSubset;
import dev.fmnist.data.progress.Progress;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KNeighborsClassifierTest {
    /** Class 0 at (0,0) and (3,3); class 1 at (2.5,0) and (0,2.5). */
    private static final FeatureMatrix X = new FeatureMatrix(new float[] {0, 0, 3, 3, 2.5f, 0, 0, 2.5f}, 4, 2);
    private static final int[] Y = {0, 0, 1, 1};

    private static int[] predict(Map<String, Object> params, float... query) {
        Predictor p = new KNeighborsClassifier().trainer(params).fit(X, Y, 2, 1, 1, Progress.NONE);
        return p.predict(new FeatureMatrix(query, query.length / 2, 2), 2);
    }

    @Test
    void manhattanAndEuclideanPickDifferentNearestNeighbours() {
        // from (1.9, 1.9): Euclidean to (3,3) is 1.56 and to (2.5,0) 1.99; Manhattan 2.2 and 2.5. Both pick (3,3)...
        assertArrayEquals(new int[] {0}, predict(Map.of("n_neighbors", 1, "p", 2), 1.9f, 1.9f));
        // ... from (1.2, 0.1): Euclidean to (0,0) 1.204, to (2.5,0) 1.304; Manhattan 1.3 and 1.4: both (0,0)
        assertArrayEquals(new int[] {0}, predict(Map.of("n_neighbors", 1, "p", 1), 1.2f, 0.1f));
        // from (1.6, 1.6): Euclidean to (3,3) 1.98, to (2.5,0) 1.836 -> class 1; Manhattan 2.8 and 2.5 -> class 1
        assertArrayEquals(new int[] {1, 1}, predict(Map.of("n_neighbors", 1, "p", 2), 1.6f, 1.6f, 2.4f, 0.2f));
        // from (2.2, 2.2): Euclidean (3,3) 1.13 vs (2.5,0) 2.22; with p=1: 1.6 vs 2.5
        assertArrayEquals(new int[] {0}, predict(Map.of("n_neighbors", 1, "p", 1), 2.2f, 2.2f));
    }

    @Test
    void distanceWeightsLetCloseNeighboursOutvoteFarOnes() {
        // three neighbours of (0.4, 0): (0,0) class 0 at 0.4; (2.5,0) and (0,2.5) class 1 at 2.1 and 2.53
        assertArrayEquals(new int[] {1}, predict(Map.of("n_neighbors", 3), 0.4f, 0f));
        assertArrayEquals(new int[] {0}, predict(Map.of("n_neighbors", 3, "weights", "distance"), 0.4f, 0f));
        // an exact match outvotes everything
        assertArrayEquals(new int[] {0}, predict(Map.of("n_neighbors", 4, "weights", "distance"), 3f, 3f));
    }

    @Test
    void learnsRealImages() {
        assertTrue(FashionSubset.accuracy(new KNeighborsClassifier(),
                Map.of("n_neighbors", 5, "weights", "distance", "p", 1)) > 0.75);
        assertTrue(FashionSubset.accuracy(new KNeighborsClassifier(), Map.of("n_neighbors", 5, "p", 2)) > 0.75);
    }
}
