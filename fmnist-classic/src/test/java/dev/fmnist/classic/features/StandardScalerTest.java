package dev.fmnist.classic.features;

import dev.fmnist.classic.features.Standardized;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.classic.testing.SyntheticData;
import dev.fmnist.data.Split;
import dev.fmnist.data.registry.Datasets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardScalerTest {
    private static final List<String> TWO = List.of("a", "b");

    @Test
    void eachPixelGetsItsOwnPopulationMeanAndStandardDeviation() {
        // three 1x2 images: pixel 0 takes 0, 10, 20 (mean 10, std sqrt(200/3)); pixel 1 is constant 5
        Split train = new Split("train", new byte[] {0, 5, 10, 5, 20, 5}, new byte[] {0, 1, 0}, 1, 2, TWO);
        StandardScaler s = StandardScaler.fit(train);
        double std = Math.sqrt(200.0 / 3);
        assertEquals(10, s.mean(0), 1e-12);
        assertEquals(std, s.scale(0), 1e-12);
        assertEquals(5, s.mean(1), 1e-12);
        assertEquals(1, s.scale(1), 0, "a constant pixel keeps scale 1, as scikit-learn's");
        FeatureMatrix x = s.transform(train);
        assertArrayEquals(new float[] {(float) (-10 / std), 0, 0, 0, (float) (10 / std), 0}, x.data(), 1e-6f);
        Split test = new Split("test", new byte[] {(byte) 255, 9}, new byte[] {1}, 1, 2, TWO);
        assertArrayEquals(new float[] {(float) (245 / std), 4}, s.transform(test).data(), 1e-5f);
    }

    @Test
    void preparedDatasetsAreStandardizedWithTheTrainingStatistics() {
        PreparedDataset d = SyntheticData.prepared(Datasets.MNIST, 200, 50, 3);
        assertEquals("mnist", d.name());
        assertEquals(200, d.trainX().rows());
        assertEquals(16, d.trainX().cols());
        for (int j = 0; j < 15; j++) {
            double sum = 0;
            double sq = 0;
            for (int i = 0; i < 200; i++) {
                sum += d.trainX().get(i, j);
                sq += d.trainX().get(i, j) * d.trainX().get(i, j);
            }
            assertEquals(0, sum / 200, 1e-5);
            assertEquals(1, sq / 200, 1e-4);
        }
        assertEquals(0, d.testX().get(7, 15), 0, "the constant pixel becomes 0");
        assertEquals(d.trainY()[13], 3);
    }
}
