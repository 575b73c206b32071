package dev.fmnist.classic.models.tree;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.classic.models.FashionSubset;
import dev.fmnist.data.progress.Progress;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TreeFamiliesTest {
    @Test
    void splitsHalfwayBetweenNeighbouringValues() {
        // feature 0 separates the classes at 1.5; feature 1 is noise
        FeatureMatrix x = new FeatureMatrix(new float[] {0, 5, 1, 3, 2, 4, 3, 6}, 4, 2);
        Predictor p = new DecisionTreeClassifier().trainer(Map.of("criterion", "entropy"))
                .fit(x, new int[] {0, 0, 1, 1}, 2, 1, 1, Progress.NONE);
        FeatureMatrix q = new FeatureMatrix(new float[] {1.49f, 0, 1.51f, 0}, 2, 2);
        assertArrayEquals(new int[] {0, 1}, p.predict(q, 1));
        assertEquals(3, ((Forest) p).nodeCount());
    }

    @Test
    void binsAreTheDistinctValuesInOrder() {
        FeatureMatrix x = new FeatureMatrix(new float[] {3, 0, -1, 3, 0.5f, -0f}, 6, 1);
        BinnedFeatures f = BinnedFeatures.of(x, 1);
        assertArrayEquals(new float[] {-1, 0, 0.5f, 3}, f.lower[0]);
        assertArrayEquals(new byte[] {3, 1, 0, 3, 2, 1}, f.codes);
        assertEquals(1.75, f.threshold(0, 2, 3), 1e-12);
    }

    @Test
    void depthLimitsTheTree() {
        FeatureMatrix x = new FeatureMatrix(new float[] {0, 1, 2, 3}, 4, 1);
        Predictor p = new DecisionTreeClassifier().trainer(Map.of("max_depth", 1))
                .fit(x, new int[] {0, 1, 0, 1}, 2, 1, 1, Progress.NONE);
        assertEquals(3, ((Forest) p).nodeCount());
        assertThrows(IllegalArgumentException.class, () -> new DecisionTreeClassifier().trainer(Map.of("max_depth", 0)));
    }

    @Test
    void randomSplitTreesAreTheSameOnOneAndTwoThreads() {
        int rows = 20_000;
        int cols = 12;
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        float[] v = new float[rows * cols];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                v[i * cols + j] = j < 3 ? 0 : r.nextInt(j < 6 ? 4 : 1000);
            }
            y[i] = r.nextInt(4) == 0 ? r.nextInt(4) : (v[i * cols + 6] > 500 ? 1 : 0) + (v[i * cols + 4] > 1 ? 2 : 0);
        }
        FeatureMatrix x = new FeatureMatrix(v, rows, cols);
        for (Map<String, Object> params : List.of(Map.<String, Object>of("max_depth", 12),
                Map.<String, Object>of("criterion", "entropy", "max_features", "none"))) {
            Forest one = (Forest) new ExtraTreeClassifier().trainer(params).fit(x, y, 4, 3, 1, Progress.NONE);
            Forest two = (Forest) new ExtraTreeClassifier().trainer(params).fit(x, y, 4, 3, 2, Progress.NONE);
            assertEquals(one.nodeCount(), two.nodeCount());
            assertArrayEquals(one.predict(x, 1), two.predict(x, 2));
            assertTrue(one.nodeCount() > 100);
        }
    }

    @Test
    void treesLearnRealImagesDeterministically() {
        assertTrue(FashionSubset.accuracy(new DecisionTreeClassifier(),
                Map.of("criterion", "entropy", "max_depth", 10)) > 0.65);
        assertTrue(FashionSubset.accuracy(new DecisionTreeClassifier(),
                Map.of("criterion", "gini", "splitter", "random", "max_depth", 50)) > 0.6);
        assertTrue(FashionSubset.accuracy(new ExtraTreeClassifier(), Map.of("max_depth", 10)) > 0.55);
        Map<String, Object> forest = Map.of("n_estimators", 10, "criterion", "gini", "max_depth", 50);
        assertTrue(FashionSubset.accuracy(new RandomForestClassifier(), forest) > 0.75);
        assertArrayEquals(FashionSubset.predictions(new RandomForestClassifier(), forest, 3),
                FashionSubset.predictions(new RandomForestClassifier(), forest, 3));
    }
}
