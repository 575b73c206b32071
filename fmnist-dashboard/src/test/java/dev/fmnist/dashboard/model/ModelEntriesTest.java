package dev.fmnist.dashboard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Networks' entries from synthetic histories: the test split's fields when recorded, and bad ones refused. */
class ModelEntriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A run on a dataset of three classes that fmnist does not know, so that its matrices can be small. */
    private static final String EPOCHS = "\"dataset\":\"toy\",\"options\":\"model=mlp-10\",\"epochs\":[{\"epoch\":1,"
            + "\"loss\":0.5,\"train_accuracy\":0.8,\"validation_accuracy\":0.85,\"seconds\":10}],\"test_accuracy\":0.6";
    /** Three classes, five test images, two wrong (images 1 and 4). */
    private static final String TEST = ",\"per_class_accuracy\":[1.0,0.5,0.5],"
            + "\"confusion\":[[1,0,0],[0,1,1],[1,0,1]],\"mistakes\":[[1,2,0.9123],[4,0,0.5]]";

    @TempDir
    Path dir;

    private Entries read(Map<String, String> histories) throws IOException {
        for (Map.Entry<String, String> h : histories.entrySet()) {
            Files.writeString(dir.resolve(h.getKey() + ".model.history.json"), h.getValue());
        }
        return new ModelEntries(JSON).read(List.of(dir));
    }

    @Test
    void aFinishedRunsHistoryGivesItsPerClassAccuracyConfusionAndMistakes() throws IOException {
        Entries e = read(Map.of("new", "{" + EPOCHS + TEST + "}"));
        assertEquals(List.of(), e.warnings());
        ObjectNode net = e.entries().get(0);
        assertEquals(0.6, net.get("mean_accuracy").asDouble());
        assertEquals(JSON.readTree("[1.0,0.5,0.5]"), net.get("per_class_accuracy"));
        assertEquals(JSON.readTree("[[1,0,0],[0,1,1],[1,0,1]]"), net.get("confusion"));
        JsonNode mistakes = net.get("mistakes");
        assertEquals(JSON.readTree("[[1,2,0.9123],[4,0,0.5]]"), mistakes);
        assertTrue(mistakes.get(0).get(0).isInt() && mistakes.get(0).get(2).isDouble());
    }

    @Test
    void anOlderHistoryOrARunStillTrainingHasNone() throws IOException {
        Entries e = read(Map.of("old", "{" + EPOCHS + "}",
                "running", "{" + EPOCHS.replace(",\"test_accuracy\":0.6", "") + "}",
                "nulls", "{" + EPOCHS + ",\"confusion\":null,\"per_class_accuracy\":null,\"mistakes\":null}"));
        assertEquals(List.of(), e.warnings());
        assertEquals(3, e.entries().size());
        for (ObjectNode net : e.entries()) {
            for (String key : List.of("per_class_accuracy", "confusion", "mistakes")) {
                assertFalse(net.has(key), net.get("name") + " has no " + key + ": " + net);
            }
            assertEquals(1, net.get("history").size());
        }
    }

    @Test
    void theCurvesSecondsRunOnFromEpochToEpoch() throws IOException {
        String twoEpochs = EPOCHS.replace("}]", "},{\"epoch\":2,\"loss\":0.4,\"train_accuracy\":0.85,"
                + "\"validation_accuracy\":0.87,\"seconds\":12.5}]");
        ObjectNode net = read(Map.of("two", "{" + twoEpochs + "}")).entries().get(0);
        assertEquals(10.0, net.get("history").get(0).get("seconds").asDouble());
        assertEquals(22.5, net.get("history").get(1).get("seconds").asDouble(),
                "fmnist train records each epoch's own seconds; the page's curves and training time take the total");
    }

    @Test
    void aHistoryWhoseEpochsAreNotEpochsIsSkippedAndNamedInAWarning() throws IOException {
        Entries e = read(Map.of("nulls", "{" + EPOCHS.replaceFirst("\\[\\{.*}]", "[null]") + "}",
                "text", "{" + EPOCHS.replace("\"loss\":0.5", "\"loss\":\"low\"") + "}",
                "object", "{" + EPOCHS.replace("\"seconds\":10", "\"seconds\":{\"a\":1}") + "}"));
        assertEquals(List.of(), e.entries(), "none shown");
        assertEquals(List.of(dir.resolve("nulls.model.history.json") + ": not a model fmnist can show (its history's "
                        + "epochs hold null, not an epoch)",
                dir.resolve("object.model.history.json") + ": not a model fmnist can show (its history's epoch 1 "
                        + "has seconds {\"a\":1}, not a number)",
                dir.resolve("text.model.history.json") + ": not a model fmnist can show (its history's epoch 1 has "
                        + "loss \"low\", not a number)"), e.warnings().stream().sorted().toList());
    }

    @Test
    void aHistoryThatIsNotJsonIsAWarningInTheParsersWordsWithWhere() throws IOException {
        Entries e = read(Map.of("cut", "{\"epochs\": [1,"));
        assertEquals(List.of(dir.resolve("cut.model.history.json") + ": not a model fmnist can show (Unexpected "
                + "end-of-input within/between Array entries (line 1, column 15))"), e.warnings());
    }

    @Test
    void aConfusionMatrixThatDoesNotFitItsDatasetIsAWarning() throws IOException {
        Entries e = read(Map.of("fashion", "{" + EPOCHS.replace("\"toy\"", "\"fashion\"") + TEST + "}"));
        assertEquals(List.of(), e.entries());
        assertEquals(List.of(dir.resolve("fashion.model.history.json") + ": not a model fmnist can show (its history "
                + "has a 3x3 confusion matrix, but fashion has 10 classes)"), e.warnings());
    }

    @Test
    void aHistoryWithMalformedTestFieldsIsSkippedAndNamedInAWarning() throws IOException {
        Map<String, String> bad = Map.ofEntries(
                Map.entry("ragged", TEST.replace("[1,0,1]]", "[1,0]]")),
                Map.entry("negative", TEST.replace("[[1,0,0]", "[[-1,0,0]")),
                Map.entry("fraction", TEST.replace("[[1,0,0]", "[[1.5,0,0]")),
                Map.entry("text", TEST.replace("[[1,0,0]", "[[\"1\",0,0]")),
                Map.entry("empty", TEST.replace("[[1,0,0],[0,1,1],[1,0,1]]", "[]")),
                Map.entry("short", TEST.replace("[1.0,0.5,0.5]", "[1.0,0.5]")),
                Map.entry("above", TEST.replace("[1.0,0.5,0.5]", "[1.5,0.5,0.5]")),
                Map.entry("index", TEST.replace("[4,0,0.5]", "[5,0,0.5]")),
                Map.entry("label", TEST.replace("[4,0,0.5]", "[4,3,0.5]")),
                Map.entry("sure", TEST.replace("[4,0,0.5]", "[4,0,1.5]")),
                Map.entry("pair", TEST.replace("[4,0,0.5]", "[4,0]")),
                Map.entry("more", TEST.replace("[4,0,0.5]", "[4,0,0.5],[3,1,0.5]")),
                Map.entry("alone", ",\"mistakes\":[[1,2,0.9]]"),
                Map.entry("object", ",\"confusion\":{\"a\":1}"));
        Map<String, String> histories = new java.util.TreeMap<>();
        bad.forEach((name, fields) -> histories.put(name, "{" + EPOCHS + fields + "}"));
        histories.put("good", "{" + EPOCHS + TEST + "}");
        Entries e = read(histories);
        assertEquals(1, e.entries().size(), e.entries().toString());
        assertEquals("good.model", e.entries().get(0).get("name").asText());
        assertEquals(bad.size(), e.warnings().size(), "one warning per history skipped: " + e.warnings());
        for (String w : e.warnings()) {
            assertTrue(w.contains(".model.history.json: not a model fmnist can show (its history"), w);
            assertFalse(w.contains("Exception"), w);
        }
    }
}
