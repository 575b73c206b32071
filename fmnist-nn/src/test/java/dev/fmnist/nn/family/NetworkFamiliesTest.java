package dev.fmnist.nn.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Normalization;
import dev.fmnist.data.Split;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.nn.RealData;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NetworkFamiliesTest {
    private static final Split TRAIN = RealData.fashion().train().head(2000);
    private static final Split TEST = RealData.fashion().test().head(500);
    private static final Normalization NORM = Normalization.standardize(TRAIN);

    @Test
    void familiesAreFoundThroughTheServiceLoader() {
        List<String> names = ServiceLoader.load(Family.class).stream().map(p -> p.get().name())
                .collect(Collectors.toList());
        assertTrue(names.containsAll(List.of("MLPClassifier", "ConvNet")), names.toString());
    }

    @Test
    void mlpClassifierLearnsFromScaledFeatures() {
        assertLearns(new MlpFamily().trainer(Map.of("activation", "tanh", "hidden_layer_sizes", List.of(100),
                "max_iter", 5)), 0.75);
    }

    @Test
    void convNetLearnsFromScaledImagesInOneEpoch() {
        assertLearns(new ConvNetFamily().trainer(Map.of("model", "cnn", "epochs", 1)), 0.6);
    }

    @Test
    void parametersOfTheWrongKindAreNamedNotCast() {
        IllegalArgumentException epochs = assertThrows(IllegalArgumentException.class,
                () -> new ConvNetFamily().trainer(Map.of("epochs", "ten")));
        assertEquals("ConvNet: parameter epochs = ten must be a number", epochs.getMessage());
        IllegalArgumentException model = assertThrows(IllegalArgumentException.class,
                () -> new ConvNetFamily().trainer(Map.of("model", "vgg")));
        assertEquals("ConvNet: parameter model = vgg must be one of [cnn, tf-cnn, resnet]", model.getMessage());
        IllegalArgumentException hidden = assertThrows(IllegalArgumentException.class,
                () -> new MlpFamily().trainer(Map.of("hidden_layer_sizes", List.of(100, "ten"))));
        assertTrue(hidden.getMessage().startsWith("MLPClassifier: parameter hidden_layer_sizes = [100, ten] must be"),
                hidden.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MlpFamily().trainer(Map.of("max_iter", 0)));
    }

    @Test
    void memoryEstimateGrowsWithTheModel() {
        long small = new MlpFamily().trainer(Map.of("hidden_layer_sizes", List.of(10))).memoryEstimate(60000, 784);
        long large = new MlpFamily().trainer(Map.of("hidden_layer_sizes", List.of(1000, 1000)))
                .memoryEstimate(60000, 784);
        long cnn = new ConvNetFamily().trainer(Map.of()).memoryEstimate(60000, 784);
        // 784x1000 + 1000x1000 + 1000x10 weights: about 1.8 million floats, 16 bytes each while training
        assertTrue(large > 1_790_000L * 16, "large " + large);
        assertTrue(small < large, small + " < " + large);
        assertTrue(cnn > small, "cnn " + cnn);
    }

    private static void assertLearns(Trainer trainer, double floor) {
        FeatureMatrix x = new FeatureMatrix(TRAIN.floats(0, TRAIN.count(), NORM), TRAIN.count(), 784);
        int[] y = new int[TRAIN.count()];
        Arrays.setAll(y, TRAIN::label);
        int[] predicted;
        try (Predictor p = trainer.fit(x, y, 10, 1, 2, Progress.NONE)) {
            predicted = p.predict(new FeatureMatrix(TEST.floats(0, TEST.count(), NORM), TEST.count(), 784), 2);
        }
        assertEquals(TEST.count(), predicted.length);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == TEST.label(i) ? 1 : 0;
        }
        assertTrue(correct > floor * TEST.count(), "accuracy " + correct / (double) TEST.count());
    }
}
