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

/** The cost model's built-in figures ({@code built-in-costs.json}: one measured configuration per family or two). */
final class BuiltInCosts {
    private static final String RESOURCE = "/dev/fmnist/classic/built-in-costs.json";
    /** The dataset the figures were measured on. */
    private static final String DATASET = "fashion";

    private BuiltInCosts() {
    }

    @SuppressWarnings("unchecked")
    static List<CostModel.Measurement> load() {
        try (InputStream in = BuiltInCosts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            List<CostModel.Measurement> out = new ArrayList<>();
            for (JsonNode c : Json.MAPPER.readTree(in).path("costs")) {
                Map<String, Object> parameters = Json.MAPPER.convertValue(c.path("parameter"), Map.class);
                out.add(new CostModel.Measurement(new Configuration(c.path("name").asText(), parameters), DATASET,
                        c.path("cpu_seconds").asDouble()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
