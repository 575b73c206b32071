package dev.fmnist.dashboard.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fmnist.dashboard.testing.SyntheticResults;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.Split;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What the views' browser tests add to the base's results: the project's reference results, two results of a
 * synthetic classifier whose mistakes are drawn over the real Fashion-MNIST test labels (so a confusion cell's images
 * can be counted against the matrix), a network's training history (with its test mistakes and their confidences,
 * drawn the same way), and a 70,000-point map in {@code fmnist embed}'s
 * JSON format (real labels, coordinates drawn around one centre per class).
 */
final class ViewsFixture {
    /** The synthetic classifier's family. */
    static final String SYNTHETIC = "SyntheticClassifier";
    /** The network whose history the fixture writes. */
    static final String NETWORK = "fashion-cnn.model";
    /** The configuration the second synthetic result records the result of ({@code same_as}). */
    static final String SHARED_FROM = SYNTHETIC + " {C=0.1, kernel=linear}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ViewsFixture() {
    }

    /** Appends results to {@code results/results.jsonl} and writes the map beside it. */
    static void writeResults(Dataset fashion, Path reference, Path results) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(reference, StandardCharsets.UTF_8));
        lines.add(synthetic(fashion.test(), 0.2, 1, 0.01).toString());
        lines.add(synthetic(fashion.test(), 0.3, 2, 0.1).toString());
        SyntheticResults.append(results, lines.toArray(String[]::new));
        Files.writeString(results.resolve("map.json"), map(fashion).toString());
    }

    /** Writes a network's training history, without its model file, under {@code models}. */
    static void writeModels(Dataset fashion, Path models) throws IOException {
        Files.writeString(models.resolve(NETWORK + ".history.json"), history(fashion.test()).toString());
    }

    /**
     * One repeat of a classifier that gets a share {@code wrong} of the test images wrong (seeded), with its
     * confusion matrix, per-class accuracy and mistakes all computed from the real labels.
     */
    private static ObjectNode synthetic(Split test, double wrong, long seed, double c) {
        ObjectNode r = JSON.createObjectNode();
        double accuracy = testFields(r, test, wrong, seed, false);
        r.put("name", SYNTHETIC);
        r.putObject("parameter").put("C", c).put("kernel", "rbf");
        r.putArray("score").add(accuracy);
        r.put("mean_accuracy", accuracy);
        r.put("std_accuracy", 0.0);
        r.put("num_repeat", 1);
        r.put("start_time", 1796425144L + seed);
        r.put("done_time", 1796425161L + seed);
        r.put("time_per_repeat", 17 * seed);
        r.put("dataset", "fashion");
        r.put("status", "ok");
        r.putArray("fit_seconds").add(15.5 * seed);
        r.putArray("predict_seconds").add(0.5);
        r.putArray("seeds").add(seed);
        r.putArray("threads").add(1);
        r.put("library", "fmnist");
        r.put("jvm", "test");
        r.put("fmnist_version", "0.1.0-SNAPSHOT");
        r.putObject("machine").put("cores", 2).put("os", "Linux");
        if (seed == 2) {
            r.put("same_as", SHARED_FROM);
        }
        return r;
    }

    /**
     * Puts into {@code r} the {@code per_class_accuracy}, {@code confusion} and {@code mistakes} of a classifier that
     * gets a share {@code wrong} of the test images wrong (seeded), all computed from the real labels; a mistake is
     * {@code [index, predicted]}, or with {@code confidences} {@code [index, predicted, confidence]} as a network's.
     *
     * @return the accuracy
     */
    private static double testFields(ObjectNode r, Split test, double wrong, long seed, boolean confidences) {
        Random random = new Random(seed);
        int classes = test.classCount();
        long[][] confusion = new long[classes][classes];
        ArrayNode mistakes = JSON.createArrayNode();
        for (int i = 0; i < test.count(); i++) {
            int truth = test.label(i);
            int predicted = random.nextDouble() < wrong ? (truth + 1 + random.nextInt(classes - 1)) % classes : truth;
            confusion[truth][predicted]++;
            if (predicted != truth) {
                ArrayNode m = mistakes.addArray().add(i).add(predicted);
                if (confidences) {
                    m.add(Math.round((0.2 + 0.79 * random.nextDouble()) * 1e4) / 1e4);
                }
            }
        }
        long right = 0;
        ArrayNode matrix = JSON.createArrayNode();
        ArrayNode perClass = JSON.createArrayNode();
        for (int t = 0; t < classes; t++) {
            ArrayNode row = matrix.addArray();
            long sum = 0;
            for (int p = 0; p < classes; p++) {
                row.add(confusion[t][p]);
                sum += confusion[t][p];
            }
            right += confusion[t][t];
            perClass.add((double) confusion[t][t] / sum);
        }
        r.set("per_class_accuracy", perClass);
        r.set("confusion", matrix);
        r.set("mistakes", mistakes);
        return (double) right / test.count();
    }

    /** All 70,000 images, train then test, each near its class's centre on a circle. */
    private static ObjectNode map(Dataset fashion) {
        ObjectNode root = JSON.createObjectNode();
        root.put("method", "umap");
        root.put("seed", 0);
        ObjectNode panel = root.putArray("datasets").addObject();
        panel.put("dataset", "fashion");
        panel.put("title", "fashion");
        ArrayNode index = panel.putArray("index");
        ArrayNode split = panel.putArray("split");
        ArrayNode label = panel.putArray("label");
        ArrayNode x = panel.putArray("x");
        ArrayNode y = panel.putArray("y");
        Random random = new Random(7);
        int count = 0;
        for (String name : List.of("train", "test")) {
            Split s = name.equals("train") ? fashion.train() : fashion.test();
            for (int i = 0; i < s.count(); i++) {
                int c = s.label(i);
                double angle = 2 * Math.PI * c / s.classCount();
                index.add(i);
                split.add(name);
                label.add(c);
                x.add(5 * Math.cos(angle) + random.nextGaussian());
                y.add(5 * Math.sin(angle) + random.nextGaussian());
                count++;
            }
        }
        panel.put("count", count);
        return root;
    }

    /**
     * Eight epochs of a training history as {@code fmnist train} writes it, without its model file: per-epoch
     * seconds, and the test split's fields (mistakes with confidences) drawn over the real labels.
     */
    private static ObjectNode history(Split test) {
        ObjectNode h = JSON.createObjectNode();
        h.put("dataset", "fashion");
        h.put("options", "model=cnn epochs=8");
        ArrayNode epochs = h.putArray("epochs");
        for (int e = 1; e <= 8; e++) {
            epochs.addObject().put("epoch", e).put("seconds", 30.0).put("loss", 1.0 / (e + 1))
                    .put("train_accuracy", 0.8 + 0.012 * e).put("validation_loss", 1.1 / (e + 1))
                    .put("validation_accuracy", 0.79 + 0.012 * e);
        }
        h.put("test_accuracy", testFields(h, test, 0.09, 3, true));
        return h;
    }
}
