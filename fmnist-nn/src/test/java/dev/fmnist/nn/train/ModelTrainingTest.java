package dev.fmnist.nn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.Split;
import dev.fmnist.nn.RealData;
import dev.fmnist.nn.arch.ModelSpec;
import dev.fmnist.nn.eval.Evaluation;
import dev.fmnist.nn.eval.Evaluator;
import dev.fmnist.nn.eval.Predictions;
import dev.fmnist.nn.model.ModelFile;
import dev.fmnist.nn.model.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole {@code fmnist train} on a slice of the real Fashion-MNIST, and the history it leaves beside the model. */
class ModelTrainingTest {
    @TempDir
    Path dir;

    @Test
    void theHistoryRecordsTheTestSplitsConfusionPerClassAccuracyAndEveryMistake() throws IOException {
        Dataset full = RealData.fashion();
        Split test = full.test().head(1000);
        Dataset small = new Dataset(full.spec(), full.train().head(3000), test, full.provenance());
        TrainOptions options = TrainOptions.defaults(ModelSpec.parse("mlp-32")).withEpochs(1).withBatchSize(32);
        Path model = dir.resolve("small.model");

        ModelTraining.Outcome outcome = ModelTraining.train(small, options, model, EpochProgress.NONE);

        JsonNode json = new ObjectMapper().readTree(Files.readString(outcome.history()));
        double accuracy = json.get("test_accuracy").asDouble();
        assertEquals(outcome.test().accuracy(), accuracy, 1e-12);
        assertTrue(accuracy > 0.6 && accuracy < 1, "a network that learned, and made mistakes: " + accuracy);
        JsonNode confusion = json.get("confusion");
        assertEquals(10, confusion.size());
        int total = 0;
        int trace = 0;
        for (int i = 0; i < 10; i++) {
            assertEquals(10, confusion.get(i).size());
            int row = 0;
            for (int j = 0; j < 10; j++) {
                row += confusion.get(i).get(j).asInt();
            }
            assertEquals(test.labelCounts()[i], row, "row " + i + " counts the test images of class " + i);
            assertEquals((double) confusion.get(i).get(i).asInt() / row,
                    json.get("per_class_accuracy").get(i).asDouble(), 1e-12);
            total += row;
            trace += confusion.get(i).get(i).asInt();
        }
        assertEquals(1000, total);
        assertEquals(accuracy, (double) trace / total, 1e-12, "trace / total is the test accuracy");
        JsonNode mistakes = json.get("mistakes");
        assertEquals(total - trace, mistakes.size(), "one mistake per image off the diagonal");

        try (Network network = ModelFile.read(model)) {
            Predictions p = Evaluator.predictions(network, test);
            Set<Integer> seen = new HashSet<>();
            int previous = -1;
            for (JsonNode m : mistakes) {
                assertEquals(3, m.size(), "[test_index, predicted, confidence]: " + m);
                int index = m.get(0).asInt();
                int predicted = m.get(1).asInt();
                double confidence = m.get(2).asDouble();
                assertTrue(m.get(0).isInt() && m.get(1).isInt(), "indices and labels as integers: " + m);
                assertTrue(index > previous && seen.add(index), "in index order, once each: " + m);
                previous = index;
                assertTrue(predicted != test.label(index), "a mistake: " + m);
                assertEquals(p.labels()[index], predicted, "the saved model's prediction: " + m);
                assertEquals(p.confidences()[index], confidence, 0.5e-4 + 1e-6, "the softmax of " + m);
                assertEquals(confidence, Math.round(confidence * 1e4) / 1e4, 1e-12, "rounded to 4 decimals");
                assertTrue(confidence >= 0.1 && confidence <= 1, "the most probable of 10 classes: " + m);
            }
        }
        TrainingHistory read = TrainingHistory.fromJson(Files.readString(outcome.history()));
        assertEquals(total - trace, read.mistakes().size());
        assertEquals(10, read.perClassAccuracy().size());
    }

    @Test
    void aHistoryWrittenBeforeTheTestDetailsWereKeptStillReads() throws IOException {
        String old = """
                {"dataset": "fashion", "options": "cnn, 1 epoch", "test_accuracy": 0.91, "epochs": [
                  {"epoch": 1, "loss": 0.4, "train_accuracy": 0.85, "validation_accuracy": 0.9,
                   "learning_rate": 0.001, "seconds": 12.5, "images_per_second": 4560}]}""";
        TrainingHistory h = TrainingHistory.fromJson(old);
        assertEquals(0.91, h.testAccuracy());
        assertEquals(1, h.epochs().size());
        assertNull(h.confusion());
        assertNull(h.perClassAccuracy());
        assertNull(h.mistakes());
        String unfinished = TrainingHistory.start("fashion", TrainOptions.defaults(ModelSpec.DEFAULT)).toJson();
        assertFalse(unfinished.contains("confusion") || unfinished.contains("mistakes")
                || unfinished.contains("per_class_accuracy"), "an unfinished run's history has no test details: "
                + unfinished);
    }

    @Test
    void mistakesAreTheImagesOffTheDiagonal() {
        Predictions p = new Predictions(new int[] {0, 2, 1, 1}, new float[] {0.9f, 0.61234f, 0.5f, 0.7f});
        int[] truth = {0, 1, 1, 2};
        List<Predictions.Mistake> wrong = p.mistakes(truth);
        assertEquals(List.of(new Predictions.Mistake(1, 1, 2, 0.61234f), new Predictions.Mistake(3, 2, 1, 0.7f)),
                wrong);
        Evaluation e = p.evaluation(List.of("a", "b", "c"), truth);
        assertEquals(0.5, e.accuracy());
        TrainingHistory h = TrainingHistory.start("fashion", TrainOptions.defaults(ModelSpec.DEFAULT))
                .withTest(e, wrong);
        assertEquals(List.of(new TrainingHistory.Mistake(1, 2, 0.6123), new TrainingHistory.Mistake(3, 1, 0.7)),
                h.mistakes());
        assertTrue(h.toJson().replaceAll("\\s", "").contains("\"mistakes\":[[1,2,0.6123],[3,1,0.7]]"), h.toJson());
        assertEquals(List.of(1.0, 0.5, 0.0), h.perClassAccuracy());
    }
}
