package dev.fmnist.classic.cost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.results.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cost model's built-in figures ({@code built-in-costs.json}: one measured configuration per family or a few),
 * each with the CPU seconds of one repeat and, where it was measured, its test accuracy.
 */
final class BuiltInCosts {
    private static final String RESOURCE = "/dev/fmnist/classic/built-in-costs.json";
    /** The dataset the figures were measured on. */
    static final String DATASET = "fashion";

    /**
     * One built-in figure.
     *
     * @param accuracy the test accuracy on {@link #DATASET} measured with the time, or null when not recorded
     */
    record Entry(Configuration configuration, double cpuSeconds, Double accuracy) {
    }

    private BuiltInCosts() {
    }

    /** The CPU seconds of each built-in configuration, as the cost model measures them. */
    static List<CostModel.Measurement> load() {
        return entries().stream()
                .map(e -> new CostModel.Measurement(e.configuration(), DATASET, e.cpuSeconds(), false)).toList();
    }

    /** The seconds {@link Calibration} took on the machine that measured the reference results. */
    static double calibrationSeconds() {
        double s = document().path("calibration_seconds").asDouble();
        if (!(s > 0)) {
            throw new IllegalStateException(RESOURCE + " has no positive calibration_seconds");
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (JsonNode c : document().path("costs")) {
            Map<String, Object> parameters = Json.MAPPER.convertValue(c.path("parameter"), Map.class);
            JsonNode accuracy = c.path("accuracy");
            out.add(new Entry(new Configuration(c.path("name").asText(), parameters),
                    c.path("cpu_seconds").asDouble(), accuracy.isNumber() ? accuracy.asDouble() : null));
        }
        return out;
    }

    private static JsonNode document() {
        try (InputStream in = BuiltInCosts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
