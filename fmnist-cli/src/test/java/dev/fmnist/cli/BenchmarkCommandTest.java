package dev.fmnist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fmnist.classic.results.ResultsStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fmnist benchmark} with the test double family {@code Scripted} (registered for these tests only). */
class BenchmarkCommandTest {
    @TempDir
    Path dir;

    private Path grid(String json) throws Exception {
        return Files.writeString(dir.resolve("grid.json"), json);
    }

    @Test
    void aBadGridFileIsAUsageErrorNamingTheLineAndTheValidChoices() throws Exception {
        Path g = grid("{\"classifiers\": {\n  \"Scripted\": [{\"mode\": [\"stable\"]}],\n"
                + "  \"Scripted\": [{\"speed\": [1]}]}}");
        Cli.Result r = Cli.run("benchmark", "--config", g.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("fmnist: " + g + ":3:"), r.err());
        Files.writeString(g, "{\"classifiers\": {\n  \"Scripted\": [{\"speed\": [1]}]}}");
        r = Cli.run("benchmark", "--config", g.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("fmnist: " + g + ":2: Scripted has no parameter \"speed\"; its parameters: "
                + "mode, memory_mb, k"), r.err());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing runs, nothing is written");
    }

    @Test
    void aNetworkParameterOfTheWrongKindIsAUsageErrorNamingTheLineNotACastFailure() throws Exception {
        Path g = grid("{\n  \"classifiers\": {\n    \"ConvNet\": [{\"epochs\": [\"ten\"]}]\n  }\n}");
        Cli.Result r = Cli.run("benchmark", "--config", g.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code(), r.both());
        assertTrue(r.err().startsWith("fmnist: " + g + ":3: ConvNet {epochs=ten}: ConvNet: parameter epochs = ten "
                + "must be a number\n"), r.both());
        assertTrue(!r.both().contains("ClassCastException") && !r.both().contains("unexpected"), r.both());
    }

    @Test
    void theDryRunListsTheJobsWithTheirEstimatesAndRunsNothing() throws Exception {
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("benchmark", "--quick", "--dry-run", "--workers", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.both());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("dataset  family"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("fashion  LogisticRegression")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\d+ jobs, .* of CPU time; about .* on 2 workers .*")),
                r.out());
        assertTrue(Files.notExists(out), "a dry run writes nothing");
    }

    @Test
    void theFullGridsDryRunPlansEachCrammerSingerExperimentOnce() throws Exception {
        Cli.Result r = Cli.run("benchmark", "--full", "--dry-run", "--family", "LinearSVC", "--repeats", "1", "--out",
                dir.resolve("out").toString());
        assertEquals(0, r.code(), r.both());
        assertTrue(r.out().contains("\n9 results need no job: each records the result of a configuration that trains the same model"),
                r.out());
        assertEquals(3, r.out().lines().filter(l -> l.contains("multi_class=crammer_singer")).count(),
                "one job per C: " + r.out());
    }

    @Test
    void theDryRunPlansWhileABenchmarkIsWritingToTheDirectory() throws Exception {
        Path out = dir.resolve("busy");
        try (ResultsStore running = ResultsStore.open(out)) {
            Cli.Result r = Cli.run("benchmark", "--quick", "--dry-run", "--out", out.toString());
            assertEquals(0, r.code(), r.both());
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("fashion  LogisticRegression")), r.out());
        }
    }

    @Test
    void theQuickGridChoosesOnTheResultsOfItsOwnDirectory() throws Exception {
        Path out = Files.createDirectories(dir.resolve("earlier"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode line;
        try (var in = BenchmarkCommandTest.class.getResourceAsStream("/dev/fmnist/classic/reference/results.jsonl")) {
            line = (ObjectNode) json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .findFirst().orElseThrow());
        }
        line.put("name", "KNeighborsClassifier");
        line.set("parameter", json.readTree("{\"n_neighbors\": 5, \"weights\": \"distance\", \"p\": 2}"));
        line.set("score", json.readTree("[0.86]"));
        line.put("mean_accuracy", 0.86).put("num_repeat", 1);
        line.set("fit_seconds", json.readTree("[1.0]"));
        line.set("predict_seconds", json.readTree("[0.0]"));
        line.set("threads", json.readTree("[1]"));
        line.set("seeds", json.readTree("[1]"));
        Files.writeString(out.resolve("results.jsonl"), json.writeValueAsString(line) + "\n");

        Cli.Result r = Cli.run("benchmark", "--quick", "--dry-run", "--out", out.toString());
        assertEquals(0, r.code(), r.both());
        assertTrue(r.err().contains("quick grid: KNeighborsClassifier: n_neighbors=5, p=2, weights=distance: 0.8600 "
                + "(measured here) against the family's published best 0.854"), r.err());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("fashion  KNeighborsClassifier")),
                "recorded here, so the dry run has nothing left to run for it: " + r.out());
    }

    @Test
    void aDirectoryOrABinaryFileAsTheGridIsAUsageErrorSayingSo() throws Exception {
        Cli.Result r = Cli.run("benchmark", "--config", dir.toString());
        assertEquals(2, r.code(), r.both());
        assertTrue(r.err().startsWith("fmnist: " + dir + " is a directory; give a grid file (JSON)\n"), r.both());
        Path binary = Files.write(dir.resolve("grid.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, 0});
        r = Cli.run("benchmark", "--config", binary.toString());
        assertEquals(2, r.code(), r.both());
        assertTrue(r.err().startsWith("fmnist: " + binary + ": not a JSON text file (it is not UTF-8 text)\n"),
                r.both());
    }

    @Test
    void anOutThatIsAFileOrIsInOneIsOneLineNamingTheOption() throws Exception {
        Path g = grid("{\"classifiers\": {\"Scripted\": [{\"mode\": [\"stable\"]}]}}");
        Path file = Files.writeString(dir.resolve("file"), "x");
        for (Path out : List.of(file, file.resolve("sub"))) {
            Cli.Result r = Cli.run("benchmark", "--config", g.toString(), "--out", out.toString());
            assertEquals(1, r.code(), r.both());
            assertEquals("fmnist: cannot use --out " + out + ": " + file + " is a file, not a directory; give a "
                    + "results directory (benchmark writes DIR/results.jsonl)", r.err().strip());
        }
    }

    @Test
    void optionMistakesAreUsageErrors() throws Exception {
        Path g = grid("{\"classifiers\": {\"Scripted\": [{\"mode\": [\"stable\"]}]}}");
        assertEquals(2, Cli.run("benchmark", "--quick", "--full").code());
        assertEquals(2, Cli.run("benchmark", "--config", g.toString(), "--repeats", "0").code());
        assertEquals(2, Cli.run("benchmark", "--config", g.toString(), "--dataset", "fashion,fashion").code());
        Cli.Result r = Cli.run("benchmark", "--config", g.toString(), "--family", "SVC");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("family 'SVC' is not in the grid"), r.err());
        r = Cli.run("benchmark", "--config", g.toString(), "--dataset", "cifar");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown dataset 'cifar'"), r.err());
    }

    @Test
    void aRunOnFashionMnistPrintsTheLeaderboardAndWritesItsFiles() throws Exception {
        Path g = grid("{\"common\": {}, \"classifiers\": {\"Scripted\": [{\"mode\": [\"stable\", \"shuffled\"]}],"
                + " \"SVC\": [{\"C\": [10.0]}, {\"kernel\": [\"rbf\"]}]}}");
        Path out = dir.resolve("results");
        Cli.Result r = Cli.run("benchmark", "--config", g.toString(), "--family", "Scripted", "--repeats", "2",
                "--workers", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("Classical benchmark, grid " + g, lines.get(0));
        assertTrue(lines.get(1).startsWith("rank  family    parameters"), lines.get(1));
        assertTrue(lines.get(3).startsWith("   1  Scripted  mode="), lines.get(3));
        assertTrue(r.err().contains("2 configurations run: 2 ok, 0 timed out, 0 failed (4 jobs); 0 already in"), r.err());
        assertEquals(2, Files.readAllLines(out.resolve("results.jsonl")).size());
        JsonNode result = new ObjectMapper().readTree(Files.readAllLines(out.resolve("results.jsonl")).get(0));
        assertEquals("c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
                result.get("payload_sha256").get("train-images-idx3-ubyte").asText());
        assertTrue(result.get("mean_accuracy").asDouble() > 0.5, result.toString());
        assertTrue(Files.readString(out.resolve("leaderboard.md")).contains("| 1 | Scripted |"));

        Cli.Result again = Cli.run("benchmark", "--config", g.toString(), "--family", "Scripted", "--repeats", "2",
                "--out", out.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("0 configurations run: 0 ok, 0 timed out, 0 failed (0 jobs); 2 already in"),
                again.err());
        assertEquals(r.out(), again.out());

        Files.write(out.resolve("results.jsonl"), List.of("null", "{}"), java.nio.file.StandardOpenOption.APPEND);
        Cli.Result afterGarbage = Cli.run("benchmark", "--config", g.toString(), "--family", "Scripted",
                "--repeats", "2", "--out", out.toString());
        assertEquals(0, afterGarbage.code(), afterGarbage.both());
        assertTrue(afterGarbage.err().contains("results.jsonl line 3 is not a full record: it is null; ignored"),
                afterGarbage.err());
        assertTrue(afterGarbage.err().contains("2 already in"), afterGarbage.err());
        assertEquals(r.out(), afterGarbage.out());
    }
}
