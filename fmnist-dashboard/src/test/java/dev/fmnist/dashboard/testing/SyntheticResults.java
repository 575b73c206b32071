package dev.fmnist.dashboard.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fmnist.dashboard.Dashboard;
import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.dashboard.model.Sources;
import dev.fmnist.dashboard.server.DashboardServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Results lines as {@code fmnist benchmark} writes them, for tests of the dashboard (and its browser tests). */
public final class SyntheticResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SyntheticResults() {
    }

    /** A complete, successful results line. */
    public static String line(String name, Map<String, Object> parameter, String dataset, double accuracy,
                              long doneTime, double fitSeconds) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", name);
        n.set("parameter", JSON.valueToTree(parameter));
        ArrayNode score = n.putArray("score");
        score.add(accuracy - 0.001).add(accuracy + 0.001);
        n.put("mean_accuracy", accuracy);
        n.put("std_accuracy", 0.002);
        n.put("num_repeat", 2);
        n.put("start_time", doneTime - Math.round(2 * fitSeconds) - 1);
        n.put("done_time", doneTime);
        n.put("time_per_repeat", Math.round(fitSeconds));
        n.put("dataset", dataset);
        n.put("status", "ok");
        n.putArray("fit_seconds").add(fitSeconds).add(fitSeconds);
        n.putArray("predict_seconds").add(0.1).add(0.1);
        ArrayNode perClass = n.putArray("per_class_accuracy");
        ArrayNode confusion = n.putArray("confusion");
        for (int c = 0; c < 10; c++) {
            perClass.add(accuracy);
            // 1,000 test images a class, two repeats: the rest of each row of 2,000 spread over three other classes
            ArrayNode row = confusion.addArray();
            int right = (int) Math.round(2000 * accuracy);
            int others = 0;
            for (int p = 0; p < 10; p++) {
                others += p != c && (c + p) % 3 == 0 ? 1 : 0;
            }
            int placed = 0;
            for (int p = 0; p < 10; p++) {
                boolean other = p != c && (c + p) % 3 == 0;
                int share = other ? (2000 - right) / others + (placed++ == 0 ? (2000 - right) % others : 0) : 0;
                row.add(p == c ? right : share);
            }
        }
        n.putArray("seeds").add(1).add(2);
        n.putArray("threads").add(1).add(1);
        n.put("library", "fmnist");
        n.put("jvm", "test");
        n.put("fmnist_version", "test");
        ObjectNode machine = n.putObject("machine");
        machine.put("cores", 2);
        machine.put("memory_mb", 1024);
        machine.put("max_heap_mb", 512);
        machine.put("os", "test");
        machine.put("arch", "amd64");
        ArrayNode mistakes = n.putArray("mistakes");
        mistakes.addArray().add(0).add(1);
        mistakes.addArray().add(7).add(3);
        return n.toString();
    }

    /** Appends lines to {@code dir/results.jsonl}, each followed by a newline. */
    public static void append(Path dir, String... lines) {
        try {
            Files.createDirectories(dir);
            StringBuilder b = new StringBuilder();
            for (String l : lines) {
                b.append(l).append('\n');
            }
            Files.writeString(dir.resolve("results.jsonl"), b, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dashboard server on 127.0.0.1 (any free port) over {@code resultsDir}, given {@code n} results first. */
    public static DashboardServer serveMany(Path resultsDir, int n, long seed) throws IOException {
        append(resultsDir, many(n, "fashion", System.currentTimeMillis() / 1000, seed));
        return Dashboard.serve(new Sources(List.of(resultsDir), List.of()), new DatasetCache(), "127.0.0.1", 0);
    }

    /**
     * {@code n} results on {@code dataset}: families in turn, each with its own parameter C, accuracies spread
     * between 0.7 and 0.95, done times spread over the last day before {@code now}.
     */
    public static String[] many(int n, String dataset, long now, long seed) {
        String[] families = {"SVC", "LogisticRegression", "KNeighborsClassifier", "RandomForestClassifier",
            "MLPClassifier", "DecisionTreeClassifier", "GaussianNB", "PassiveAggressiveClassifier"};
        Random random = new Random(seed);
        String[] lines = new String[n];
        for (int i = 0; i < n; i++) {
            lines[i] = line(families[i % families.length], Map.of("C", i, "kernel", i % 2 == 0 ? "rbf" : "linear"),
                    dataset, 0.7 + 0.25 * random.nextDouble(), now - random.nextInt(86_400),
                    1 + random.nextDouble() * 600);
        }
        return lines;
    }
}
