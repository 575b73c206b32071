package dev.fmnist.nn.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.classic.family.Family;
import dev.fmnist.classic.family.FeatureMatrix;
import dev.fmnist.classic.family.Predictor;
import dev.fmnist.data.Normalization;
import dev.fmnist.data.Split;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.nn.RealData;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NetworkFamiliesTest {
    @Test
    void familiesAreFoundThroughTheServiceLoader() {
        List<String> names = ServiceLoader.load(Family.class).stream().map(p -> p.get().name())
                .collect(Collectors.toList());
        assertTrue(names.containsAll(List.of("MLPClassifier", "ConvNet")), names.toString());
    }

    @Test
    void mlpClassifierLearnsFromScaledFeatures() {
        Split train = RealData.fashion().train().head(2000);
        Split test = RealData.fashion().test().head(500);
        Normalization norm = Normalization.standardize(train);
        FeatureMatrix x = new FeatureMatrix(train.floats(0, train.count(), norm), train.count(), 784);
        int[] y = new int[train.count()];
        java.util.Arrays.setAll(y, train::label);
        Predictor p = new MlpFamily().trainer(Map.of("activation", "tanh", "hidden_layer_sizes", List.of(100),
                "max_iter", 5)).fit(x, y, 10, 1, 2, Progress.NONE);
        int[] predicted = p.predict(new FeatureMatrix(test.floats(0, test.count(), norm), test.count(), 784), 2);
        assertEquals(test.count(), predicted.length);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == test.label(i) ? 1 : 0;
        }
        assertTrue(correct > 0.75 * test.count(), "accuracy " + correct / (double) test.count());
    }
}
