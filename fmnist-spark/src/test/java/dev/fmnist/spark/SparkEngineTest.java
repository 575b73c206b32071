package dev.fmnist.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.classic.ClassicBenchmark;
import dev.fmnist.classic.grid.Grid;
import dev.fmnist.classic.grid.GridReader;
import dev.fmnist.classic.results.Json;
import dev.fmnist.classic.run.JobExecutorFactory;
import dev.fmnist.classic.testing.ScriptedFamily;
import dev.fmnist.classic.testing.SyntheticData;
import dev.fmnist.cli.Main;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.source.DataStore;
import dev.fmnist.estimator.FamilyRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark engine on {@code local[2]} against the local engine, on the real Fashion-MNIST. */
class SparkEngineTest {
    private static final String GRID = """
            {"common": {}, "classifiers": {
              "GaussianNB": [{"priors": [[0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]]}],
              "DecisionTreeClassifier": [{"criterion": ["gini"]}, {"splitter": ["best"]}, {"max_depth": [3]}]}}
            """;

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Test
    void sameResultsAsTheLocalEngineEveryJobOnceAndAStoppedRunResumes() throws Exception {
        FamilyRegistry families = FamilyRegistry.standard();
        Grid grid = GridReader.parse("small.json", GRID, families);
        Path local = tmp.resolve("local");
        ClassicBenchmark.Report onLocal = new ClassicBenchmark(families, RealData::load, stream(), false)
                .run(settings(grid, local));
        assertEquals(4, onLocal.summary().jobs());

        // a run stopped after its first job: only that job's journal line is left
        Path spark = tmp.resolve("spark");
        Files.createDirectories(spark);
        Files.writeString(spark.resolve("repeats.jsonl"),
                Files.readAllLines(local.resolve("repeats.jsonl")).get(0) + "\n");
        ClassicBenchmark.Report onSpark = new ClassicBenchmark(families, RealData::load, stream(), false,
                JobExecutorFactory.named("spark"), "local[2]").run(settings(grid, spark));

        String log = console.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("Spark 4.2.0 on local[2]: 2 jobs at once"), log);
        assertTrue(log.contains("1 finished repeats kept"), log);
        assertTrue(log.contains("Spark scheduling: 2 jobs from submission (or a core becoming free) to the task running "
                + "on its executor: median ") && log.contains("; the first task of each executor, which waits for the "
                + "executor's start and loads its classes, apart: "),
                log);
        assertTrue(((org.apache.logging.log4j.core.Logger) LogManager.getRootLogger()).getAppenders().values().stream()
                .noneMatch(ConsoleAppender.class::isInstance), "Spark's log stays off: its defaults were not loaded");
        assertEquals(3, onSpark.summary().jobs(), log);
        assertEquals(2, onSpark.summary().ok(), log);
        assertEquals(RecordedResults.byConfiguration(local), RecordedResults.byConfiguration(spark));
        Map<String, Integer> jobs = RecordedResults.jobsRecorded(spark);
        assertEquals(4, jobs.size(), jobs.toString());
        assertTrue(jobs.values().stream().allMatch(n -> n == 1), jobs.toString());
    }

    @Test
    void aJobPastItsTimeLimitIsCancelledAndAFailureRecordedOnce() throws Exception {
        ScriptedFamily scripted = new ScriptedFamily();
        FamilyRegistry families = FamilyRegistry.of(List.of(scripted));
        Grid grid = GridReader.parse("scripted.json", """
                {"common": {}, "classifiers": {"Scripted": [{"mode": ["report", "fail", "stable"]}]}}
                """, families);
        Path out = tmp.resolve("scripted");
        ClassicBenchmark.Report r = new ClassicBenchmark(families,
                spec -> SyntheticData.dataset(spec, 300, 100, 1), stream(), false,
                JobExecutorFactory.named("spark"), "local[2]")
                .run(new ClassicBenchmark.Settings(grid, "scripted", List.of(Datasets.FASHION), 1, 2, out, 10L, null));   // 10 s: room for stable
        String log = console.toString(StandardCharsets.UTF_8);
        assertEquals(1, r.summary().ok(), log);
        assertEquals(1, r.summary().timedOut(), log);
        assertEquals(1, r.summary().failed(), log);
        assertEquals(3, Files.readAllLines(out.resolve("repeats.jsonl")).size());
        assertTrue(log.contains("timed out (repeat 1: time limit of 10 s reached; its Spark job was cancelled)"), log);
    }

    @Test
    void onLocalNAJobLeftAloneGetsEveryCoreAsOnTheLocalEngine() throws Exception {
        ScriptedFamily scripted = new ScriptedFamily();
        FamilyRegistry families = FamilyRegistry.of(List.of(scripted));
        Grid grid = GridReader.parse("scripted.json", """
                {"common": {}, "classifiers": {"Scripted": [{"mode": ["stable"]}]}}
                """, families);
        Path out = tmp.resolve("alone");
        ClassicBenchmark.Report r = new ClassicBenchmark(families,
                spec -> SyntheticData.dataset(spec, 300, 100, 1), stream(), false,
                JobExecutorFactory.named("spark"), "local[2]")
                .run(new ClassicBenchmark.Settings(grid, "scripted", List.of(Datasets.FASHION), 1, 2, out, null, null));
        String log = console.toString(StandardCharsets.UTF_8);
        assertEquals(1, r.summary().ok(), log);
        assertTrue(log.contains("1 thread each (spark.task.cpus), more for the last jobs as on the local engine"), log);
        List<String> journal = Files.readAllLines(out.resolve("repeats.jsonl"));
        assertEquals(1, journal.size(), journal.toString());
        assertEquals(2, Json.MAPPER.readTree(journal.get(0)).get("threads").asInt(), journal.get(0));
    }

    @Test
    void onLocalNTheFirstJobsOfARunShareTheCores() throws Exception {
        ScriptedFamily scripted = new ScriptedFamily();
        FamilyRegistry families = FamilyRegistry.of(List.of(scripted));
        Grid grid = GridReader.parse("scripted.json", """
                {"common": {}, "classifiers": {"Scripted": [{"mode": ["pair"], "k": [1, 2]}]}}
                """, families);   // a pair: the first cannot end before the second starts, however late its thread
        Path out = tmp.resolve("together");
        new ClassicBenchmark(families, spec -> SyntheticData.dataset(spec, 300, 100, 1), stream(), false,
                JobExecutorFactory.named("spark"), "local[2]")
                .run(new ClassicBenchmark.Settings(grid, "scripted", List.of(Datasets.FASHION), 1, 2, out, null, null));
        List<String> journal = Files.readAllLines(out.resolve("repeats.jsonl"));
        assertEquals(2, journal.size());
        for (String line : journal) {
            assertEquals(1, Json.MAPPER.readTree(line).get("threads").asInt(), "two jobs queued together on two "
                    + "cores: one each (a driver thread that took the first before the second was queued gave it "
                    + "both): " + line);
        }
    }

    @Test
    void anUnreachableMasterIsAOneLineErrorAndNothingIsRecorded() throws IOException {
        Path grid = Files.writeString(tmp.resolve("grid.json"), GRID);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[]{"benchmark", "--engine", "spark", "--master", "spark://127.0.0.1:1",
                        "--config", grid.toString(), "--out", tmp.resolve("out").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, message);
        List<String> lines = message.lines().filter(l -> l.startsWith("fmnist: ")).toList();
        assertEquals(List.of("fmnist: cannot reach the Spark master spark://127.0.0.1:1 (Connection refused): start "
                + "it, or check --master"), lines, message);
        Path results = tmp.resolve("out/results.jsonl");
        assertTrue(!Files.exists(results) || Files.size(results) == 0);
    }

    private PrintStream stream() {
        return new PrintStream(console, true, StandardCharsets.UTF_8);
    }

    private static ClassicBenchmark.Settings settings(Grid grid, Path out) {
        return new ClassicBenchmark.Settings(grid, "small", List.of(Datasets.FASHION), 2, 2, out, null, null);
    }

    /** The real dataset through the project's data store (the tests' own cache, offline). */
    static final class RealData {
        private RealData() {
        }

        static Dataset load(DatasetSpec spec) throws IOException {
            return DataStore.fromEnvironment().load(spec);
        }
    }
}
