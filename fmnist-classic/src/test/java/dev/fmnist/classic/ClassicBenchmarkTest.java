package dev.fmnist.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fmnist.estimator.FamilyRegistry;
import dev.fmnist.classic.grid.Grid;
import dev.fmnist.classic.grid.GridReader;
import dev.fmnist.classic.results.Json;
import dev.fmnist.classic.testing.ScriptedFamily;
import dev.fmnist.classic.testing.SyntheticData;
import dev.fmnist.data.registry.Datasets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassicBenchmarkTest {
    @TempDir
    Path out;

    @Test
    void aRunWritesResultsAndLeaderboardsAndARerunOnlyRewritesTheLeaderboard() throws Exception {
        FamilyRegistry families = FamilyRegistry.of(List.of(new ScriptedFamily()));
        Grid grid = GridReader.parse("mine.json", """
                {"common": {}, "classifiers": {
                  "Scripted": [{"mode": ["stable", "shuffled"]}],
                  "GaussianProcessClassifier": [{"multi_class": ["one_vs_rest"]}]}}
                """, families);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ClassicBenchmark bench = new ClassicBenchmark(families,
                spec -> SyntheticData.dataset(spec, 300, 100, spec.name().length()),
                new PrintStream(console, true, StandardCharsets.UTF_8), false);
        ClassicBenchmark.Settings settings = new ClassicBenchmark.Settings(grid, "Classical benchmark, mine.json",
                List.of(Datasets.FASHION, Datasets.MNIST), 3, 2, out, null, null);

        ClassicBenchmark.Report first = bench.run(settings);
        assertEquals(4, first.summary().finished());
        assertEquals(4, Files.readAllLines(out.resolve("results.jsonl")).size());
        String md = Files.readString(out.resolve(ClassicBenchmark.LEADERBOARD_MD));
        assertTrue(md.contains("| Fashion-MNIST accuracy ± 2σ |") && md.contains("| MNIST accuracy ± 2σ |"), md);
        assertTrue(md.contains("Not run: GaussianProcessClassifier: O(n³)"), md);
        JsonNode json = Json.MAPPER.readTree(out.resolve(ClassicBenchmark.LEADERBOARD_JSON).toFile());
        assertEquals(2, json.get("rows").size());
        assertEquals(1, json.get("rows").get(0).get("rank").asInt());
        String log = console.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("mine.json: 2 configurations x 2 datasets, up to 3 repeats; 2 workers"), log);
        assertTrue(log.contains("not run: GaussianProcessClassifier"), log);

        ClassicBenchmark.Report again = bench.run(settings);
        assertEquals(4, again.summary().skipped());
        assertEquals(0, again.summary().jobs());
        assertEquals(first.leaderboard(), again.leaderboard());
        assertEquals(4, Files.readAllLines(out.resolve("results.jsonl")).size());
    }
}
