package dev.fmnist.classic.models.boosting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
