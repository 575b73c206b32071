package dev.fmnist.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fmnist.classic.results.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** What a run recorded in its results directory, for comparing engines. */
final class RecordedResults {
    private RecordedResults() {
    }

    /** Each configuration's status, accuracies, confusion matrices and seeds ({@code results.jsonl}), by configuration. */
    static Map<String, String> byConfiguration(Path dir) throws IOException {
        Map<String, String> results = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("results.jsonl"))) {
            JsonNode r = Json.MAPPER.readTree(line);
            results.put(r.get("name").asText() + r.get("parameter"), r.get("status") + " "
                    + r.get("score") + " " + r.get("confusion") + " " + r.get("seeds"));
        }
        return results;
    }

    /** How many times each job (configuration and repeat) was recorded in the journal ({@code repeats.jsonl}). */
    static Map<String, Integer> jobsRecorded(Path dir) throws IOException {
        Map<String, Integer> jobs = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("repeats.jsonl"))) {
            JsonNode j = Json.MAPPER.readTree(line);
            jobs.merge(j.get("name").asText() + j.get("parameter") + "#" + j.get("repeat"), 1, Integer::sum);
        }
        return jobs;
    }
}
