package dev.fmnist.classic.models.boosting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.classic.features.Standardized;
import dev.fmnist.classic.models.FashionSubset;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.estimator.Predictor;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradientBoostingClassifierTest {
    @Test
    void aShallowTreeKeepsTheHistogramOfEveryNode() {
        assertEquals(15, GradientBoostingClassifier.cachedNodes(3, 784));
    }

    @Test
    void aDeepTreesHistogramCacheIsBounded() {
        int nodes = GradientBoostingClassifier.cachedNodes(50, 784);
        assertEquals(GradientBoostingClassifier.HISTOGRAM_CACHE_BYTES / (784L * 256 * 16), nodes);
        assertTrue(nodes > 15 && nodes < 65536, "XGBoost's default, 65,536 nodes of 3.2 MB, took 16 GB: " + nodes);
    }

    @Test
    void theMemoryEstimateCountsTheHistogramCache() {
        // depth 50 on Fashion-MNIST: estimated 818 MB before, while XGBoost's cache grew past 16 GB
        long deep = new GradientBoostingClassifier().trainer(Map.of("max_depth", 50, "n_estimators", 10))
                .memoryEstimate(60000, 784);
        assertTrue(deep > GradientBoostingClassifier.HISTOGRAM_CACHE_BYTES, "estimate " + deep);
        long shallow = new GradientBoostingClassifier().trainer(Map.of("max_depth", 3, "n_estimators", 10))
                .memoryEstimate(60000, 784);
        assertTrue(shallow < (1L << 30), "estimate " + shallow);
    }

    @Test
    void closingAModelFreesItsBoosterOnce() {
        Standardized s = FashionSubset.get();
        Predictor model = new GradientBoostingClassifier().trainer(Map.of("max_depth", 3, "n_estimators", 2))
                .fit(s.train(), s.trainY(), 10, 1, 1, Progress.NONE);
        assertEquals(s.test().rows(), model.predict(s.test(), 1).length);
        model.close();
        model.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> model.predict(s.test(), 1));
        assertEquals("this gradient-boosting model was closed", e.getMessage());
    }
}
