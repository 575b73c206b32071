package dev.fmnist.classic.run;

import dev.fmnist.classic.cost.CostModel;
import dev.fmnist.classic.job.Job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fmnist.classic.features.PreparedDataset;
import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.estimator.FamilyRegistry;
import dev.fmnist.classic.results.Json;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.classic.results.ResultsStore;
import dev.fmnist.classic.results.RunEnvironment;
import dev.fmnist.classic.testing.ScriptedFamily;
import dev.fmnist.classic.testing.SyntheticData;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.data.registry.Datasets;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkRunnerTest {
    private static final FamilyRegistry COST_FAMILIES = FamilyRegistry.standard();
    private static final PreparedDataset FASHION = SyntheticData.fashion();
    private static final PreparedDataset MNIST = SyntheticData.prepared(Datasets.MNIST, 300, 100, 2);

    private final ScriptedFamily family = new ScriptedFamily();
    private final FamilyRegistry families = FamilyRegistry.of(List.of(family));
    private final List<String> log = new ArrayList<>();

    @TempDir
    Path out;

    @AfterEach
    void releaseHangingJobs() {
        family.release();
    }

    private static Configuration config(String mode, Object... more) {
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("mode", mode);
        for (int i = 0; i < more.length; i += 2) {
            p.put((String) more[i], more[i + 1]);
        }
        return new Configuration(ScriptedFamily.NAME, p);
    }

    private BenchmarkRunner.Summary run(List<Configuration> configs, int repeats, Duration limit, int workers,
                                        long budgetMb, PreparedDataset... datasets) throws Exception {
        List<PreparedDataset> data = datasets.length == 0 ? List.of(FASHION) : List.of(datasets);
        try (ResultsStore store = ResultsStore.open(out);
             LocalJobExecutor executor = new LocalJobExecutor(new JobRunner(families, data), workers, 2,
                     budgetMb << 20, limit)) {
            log.addAll(store.warnings());
            return new BenchmarkRunner(executor, store, families, RunEnvironment.current(),
                    CostModel.of(COST_FAMILIES, List.of(), List.of()))
                    .run(new BenchmarkRunner.Plan(configs, data, repeats, limit == null ? null : limit.toSeconds()),
                            n -> Progress.NONE, log::add);
        }
    }

    private List<JsonNode> lines(String file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(file))) {
            nodes.add(Json.MAPPER.readTree(line));
        }
        return nodes;
    }

    @Test
    void theProgressIsToldTheSecondsLeftByTheRunsForecast() throws Exception {
        List<Double> told = new ArrayList<>();
        Progress bar = new Progress() {
            @Override
            public void update(long done, String detail) {
            }

            @Override
            public void secondsLeft(double seconds) {
                told.add(seconds);
            }

            @Override
            public void close() {
            }
        };
        try (ResultsStore store = ResultsStore.open(out);
             LocalJobExecutor executor = new LocalJobExecutor(new JobRunner(families, List.of(FASHION)), 2, 2,
                     1000L << 20, null)) {
            new BenchmarkRunner(executor, store, families, RunEnvironment.current(), CostModel.of(COST_FAMILIES,
                    List.of(), List.of()))
                    .run(new BenchmarkRunner.Plan(List.of(config("stable"), config("shuffled")), List.of(FASHION), 4,
                            null), n -> bar, log::add);
        }
        assertFalse(told.isEmpty());
        assertTrue(told.get(0) > 0, "six jobs of an unknown family: a minute each by the model, " + told);
        assertTrue(told.stream().allMatch(t -> Double.isFinite(t) && t >= 0), told.toString());
        assertEquals(0, told.get(told.size() - 1), 1e-9, "nothing left at the end: " + told);
    }

    @Test
    void repeatsStopAfterTwoWhenTheyAgreeAndGoOnWhenTheyDoNot() throws Exception {
        BenchmarkRunner.Summary s = run(List.of(config("stable"), config("shuffled")), 4, null, 2, 1000);
        assertEquals(6, s.jobs());
        List<JsonNode> results = lines(ResultsStore.RESULTS);
        JsonNode stable = results.stream().filter(r -> r.get("parameter").get("mode").asText().equals("stable"))
                .findFirst().orElseThrow();
        JsonNode shuffled = results.stream().filter(r -> r.get("parameter").get("mode").asText().equals("shuffled"))
                .findFirst().orElseThrow();
        assertEquals(2, stable.get("num_repeat").asInt());
        assertEquals(stable.get("score").get(0).asDouble(), stable.get("score").get(1).asDouble());
        assertEquals(0.0, stable.get("std_accuracy").asDouble());
        assertEquals(4, shuffled.get("num_repeat").asInt());
        assertNotEquals(shuffled.get("score").get(0).asDouble(), shuffled.get("score").get(1).asDouble());
        assertTrue(log.stream().anyMatch(l -> l.contains("mode=stable") && l.contains("stopped early")), log.toString());
    }

    @Test
    void aResultLineHasTheOriginalFieldsAndOurs() throws Exception {
        run(List.of(config("shuffled")), 3, null, 2, 1000, FASHION, MNIST);
        List<JsonNode> results = lines(ResultsStore.RESULTS);
        assertEquals(2, results.size());
        JsonNode r = results.stream().filter(n -> n.get("dataset").asText().equals("fashion")).findFirst()
                .orElseThrow();
        List<String> fields = new ArrayList<>();
        r.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("name", "parameter", "score", "mean_accuracy", "std_accuracy", "num_repeat", "start_time",
                "done_time", "time_per_repeat", "dataset", "status", "fit_seconds", "predict_seconds",
                "per_class_accuracy", "confusion", "payload_sha256", "seeds", "threads", "time_limit_seconds",
                "library", "jvm", "fmnist_version", "machine", "mistakes"), fields);
        assertEquals("Scripted", r.get("name").asText());
        assertEquals("shuffled", r.get("parameter").get("mode").asText());
        assertEquals("fashion", r.get("dataset").asText());
        assertEquals("ok", r.get("status").asText());
        assertEquals(3, r.get("num_repeat").asInt());
        double[] score = new double[3];
        for (int i = 0; i < 3; i++) {
            score[i] = r.get("score").get(i).asDouble();
            assertTrue(score[i] > 0.5, "the nearest centroid separates the synthetic classes: " + score[i]);
        }
        double mean = (score[0] + score[1] + score[2]) / 3;
        double var = 0;
        for (double v : score) {
            var += (v - mean) * (v - mean) / 3;
        }
        assertEquals(mean, r.get("mean_accuracy").asDouble(), 1e-12);
        assertEquals(2 * Math.sqrt(var), r.get("std_accuracy").asDouble(), 1e-12);
        assertTrue(r.get("done_time").asLong() >= r.get("start_time").asLong());
        assertTrue(r.get("start_time").asLong() > 1_600_000_000L, "epoch seconds");
        assertTrue(r.get("time_per_repeat").isIntegralNumber());
        assertEquals(3, r.get("fit_seconds").size());
        assertEquals(3, r.get("predict_seconds").size());
        assertEquals(3, r.get("seeds").size());
        assertEquals(Job.seed(config("shuffled"), "fashion", 2), r.get("seeds").get(2).asLong());
        JsonNode confusion = r.get("confusion");
        assertEquals(10, confusion.size());
        int total = 0;
        int diagonal = 0;
        for (int t = 0; t < 10; t++) {
            assertEquals(10, confusion.get(t).size());
            int row = 0;
            for (int p = 0; p < 10; p++) {
                row += confusion.get(t).get(p).asInt();
            }
            assertEquals(3 * 10, row, "each class has 10 test images, summed over 3 repeats");
            assertEquals(confusion.get(t).get(t).asDouble() / row, r.get("per_class_accuracy").get(t).asDouble(), 1e-12);
            total += row;
            diagonal += confusion.get(t).get(t).asInt();
        }
        assertEquals(mean, (double) diagonal / total, 1e-12);
        JsonNode mistakes = r.get("mistakes");
        assertEquals(Math.round((1 - score[0]) * 100), mistakes.size(), "the first repeat's wrong test images");
        int previous = -1;
        for (JsonNode m : mistakes) {
            int index = m.get(0).asInt();
            assertTrue(index > previous, "in index order");
            assertNotEquals(FASHION.testY()[index], m.get(1).asInt(), "a mistake predicts another label");
            previous = index;
        }
        assertTrue(r.get("payload_sha256").isObject());
        assertTrue(r.get("time_limit_seconds").isNull());
        assertEquals("test double", r.get("library").asText());
        assertTrue(r.get("jvm").asText().contains(System.getProperty("java.runtime.version")));
        assertFalse(r.get("fmnist_version").asText().isEmpty());
        assertEquals(Runtime.getRuntime().availableProcessors(), r.get("machine").get("cores").asInt());
        assertTrue(r.get("machine").get("memory_mb").asLong() > 0);
        assertTrue(results.stream().anyMatch(n -> n.get("dataset").asText().equals("mnist")));
        assertEquals(6, lines(ResultsStore.REPEATS).size(), "one journal line per job");
    }

    @Test
    void configurationsThatTrainTheSameModelRunOnceAndRecordItsResult() throws Exception {
        List<Configuration> grid = List.of(config("shuffled"), config("shuffled", "note", "a"), config("stable"),
                config("shuffled", "note", "b"));
        BenchmarkRunner.Summary s = run(grid, 3, null, 2, 1000);
        assertEquals(5, s.jobs(), "shuffled's three repeats and stable's two; the notes ran nothing");
        assertEquals(5, family.fits());
        assertEquals(4, s.finished());
        assertEquals(4, s.ok());
        assertEquals(2, s.shared());
        List<JsonNode> results = lines(ResultsStore.RESULTS);
        assertEquals(4, results.size());
        JsonNode ran = results.stream().filter(r -> r.get("parameter").get("mode").asText().equals("shuffled")
                && !r.get("parameter").has("note")).findFirst().orElseThrow();
        assertFalse(ran.has("same_as"), "the configuration that ran has no same_as");
        for (String note : List.of("a", "b")) {
            JsonNode shared = results.stream().filter(r -> note.equals(r.get("parameter").path("note").asText()))
                    .findFirst().orElseThrow();
            assertEquals(config("shuffled").key(), shared.get("same_as").asText());
            assertEquals(ran.get("score"), shared.get("score"));
            assertEquals(ran.get("seeds"), shared.get("seeds"));
            assertEquals(ran.get("confusion"), shared.get("confusion"));
            assertEquals(3, shared.get("num_repeat").asInt());
        }
        assertTrue(log.stream().anyMatch(l -> l.contains("note=a") && l.contains("the result of "
                + config("shuffled").key() + ", which trains the same model")), log.toString());
        assertEquals(5, lines(ResultsStore.REPEATS).size(), "only jobs that ran are journaled");
    }

    @Test
    void aConfigurationAddedBesideAnEquivalentResultRecordsItWithoutAJob() throws Exception {
        run(List.of(config("stable")), 2, null, 2, 1000);
        BenchmarkRunner.Summary s = run(List.of(config("stable"), config("stable", "note", "a")), 2, null, 2, 1000);
        assertEquals(1, s.skipped());
        assertEquals(1, s.finished());
        assertEquals(1, s.shared());
        assertEquals(0, s.jobs());
        assertEquals(config("stable").key(), lines(ResultsStore.RESULTS).get(1).get("same_as").asText());
        assertEquals(2, run(List.of(config("stable"), config("stable", "note", "a")), 2, null, 2, 1000).skipped());
    }

    @Test
    void anEquivalentResultThatStandsIsRecordedEvenForTheGroupsFirstConfiguration() throws Exception {
        run(List.of(config("shuffled", "note", "a")), 2, null, 2, 1000);
        int fits = family.fits();
        BenchmarkRunner.Summary s = run(List.of(config("shuffled"), config("shuffled", "note", "a")), 2, null, 2,
                1000);
        assertEquals(0, s.jobs(), "the experiment ran already, under the later configuration");
        assertEquals(fits, family.fits());
        assertEquals(1, s.skipped());
        assertEquals(1, s.shared());
        JsonNode copy = lines(ResultsStore.RESULTS).get(1);
        assertFalse(copy.get("parameter").has("note"));
        assertEquals(config("shuffled", "note", "a").key(), copy.get("same_as").asText());
    }

    @Test
    void aCopyIsMadeAgainWhenTheResultItCopiedIsReplaced() throws Exception {
        List<Configuration> grid = List.of(config("shuffled"), config("shuffled", "note", "a"));
        run(grid, 1, null, 2, 1000);
        run(List.of(config("shuffled")), 3, null, 2, 1000);   // the first alone, with more repeats
        int fits = family.fits();
        BenchmarkRunner.Summary s = run(grid, 1, null, 2, 1000);
        assertEquals(0, s.jobs());
        assertEquals(fits, family.fits());
        assertEquals(1, s.skipped(), "the first's three repeats stand");
        assertEquals(1, s.shared(), "the copy of its one repeat no longer matches it");
        List<JsonNode> results = lines(ResultsStore.RESULTS);
        JsonNode copy = results.get(results.size() - 1);
        assertEquals("a", copy.get("parameter").get("note").asText());
        assertEquals(3, copy.get("num_repeat").asInt());
        assertEquals(results.get(results.size() - 2).get("score"), copy.get("score"));
        assertEquals(0, run(grid, 1, null, 2, 1000).shared(), "a copy that matches stands");
    }

    @Test
    void aTimeOutIsRecordedForTheEquivalentConfigurationsWithoutRunningThemIntoTheLimit() throws Exception {
        BenchmarkRunner.Summary s = run(List.of(config("hang"), config("hang", "note", "a")), 2,
                Duration.ofSeconds(2), 2, 1000);
        assertEquals(1, s.jobs());
        assertEquals(2, s.timedOut());
        assertEquals(1, s.shared());
        JsonNode shared = lines(ResultsStore.RESULTS).get(1);
        assertEquals("timed_out", shared.get("status").asText());
        assertTrue(shared.get("error").asText().contains("ran past the time limit of 2 s"), shared.toString());
    }

    @Test
    void aRerunSkipsFinishedConfigurations() throws Exception {
        List<Configuration> grid = List.of(config("stable"), config("shuffled"));
        run(grid, 2, null, 2, 1000);
        BenchmarkRunner.Summary again = run(grid, 2, null, 2, 1000);
        assertEquals(2, again.skipped());
        assertEquals(0, again.jobs());
        assertEquals(2, lines(ResultsStore.RESULTS).size());
    }

    @Test
    void moreRepeatsThanRecordedRunTheMissingOnesUnlessTheFirstTwoAgreed() throws Exception {
        List<Configuration> grid = List.of(config("stable"), config("shuffled"));
        run(grid, 1, null, 2, 1000);
        int fitsBefore = family.fits();
        BenchmarkRunner.Summary more = run(grid, 3, null, 2, 1000);
        assertEquals(0, more.skipped());
        assertEquals(2, more.finished());
        assertEquals(3, more.jobs(), "stable gets its second repeat (and stops: they agree), shuffled two more");
        assertEquals(fitsBefore + 3, family.fits(), "the first repeats were kept from the journal");
        assertTrue(log.contains("2 configurations were recorded with fewer repeats than the 3 asked for: running "
                + "the missing repeats"), log.toString());
        List<JsonNode> results = lines(ResultsStore.RESULTS);
        assertEquals(4, results.size(), "the extended results are appended; the last line of each counts");
        JsonNode stable = results.get(2).get("parameter").get("mode").asText().equals("stable") ? results.get(2)
                : results.get(3);
        JsonNode shuffled = stable == results.get(2) ? results.get(3) : results.get(2);
        assertEquals(2, stable.get("num_repeat").asInt());
        assertEquals(3, shuffled.get("num_repeat").asInt());
        JsonNode shuffledBefore = results.get(0).get("parameter").get("mode").asText().equals("shuffled")
                ? results.get(0) : results.get(1);
        assertEquals(shuffledBefore.get("score").get(0), shuffled.get("score").get(0), "repeat 1 is the same");
        log.clear();
        BenchmarkRunner.Summary again = run(grid, 3, null, 2, 1000);
        assertEquals(2, again.skipped(), "stable stopped early, shuffled has its three");
        assertEquals(0, again.jobs());
        assertEquals(2, run(grid, 1, null, 2, 1000).skipped(), "more repeats than asked for are kept");
    }

    @Test
    void aKillInTheMiddleOfALineIsRepairedAndOnlyThatConfigurationRunsAgain() throws Exception {
        List<Configuration> grid = List.of(config("stable"), config("shuffled"), config("stable", "k", 2));
        run(grid, 2, null, 2, 1000);
        Path results = out.resolve(ResultsStore.RESULTS);
        byte[] whole = Files.readAllBytes(results);
        List<String> before = Files.readAllLines(results);
        // a kill while writing the last line: half of it reached the disk, and its journal lines survive
        int cut = whole.length - before.get(2).length() / 2 - 1;
        try (FileChannel ch = FileChannel.open(results, StandardOpenOption.WRITE)) {
            ch.truncate(cut);
        }
        int fitsBefore = family.fits();
        BenchmarkRunner.Summary again = run(grid, 2, null, 2, 1000);
        assertEquals(2, again.skipped());
        assertEquals(1, again.finished());
        assertEquals(0, again.jobs(), "its two repeats were journaled, so nothing runs again");
        assertEquals(fitsBefore, family.fits());
        assertTrue(log.stream().anyMatch(l -> l.contains("ended in a partial line")), log.toString());
        List<String> after = Files.readAllLines(results);
        assertEquals(3, after.size());
        assertEquals(before.subList(0, 2), after.subList(0, 2));
        JsonNode rewritten = Json.MAPPER.readTree(after.get(2));
        JsonNode original = Json.MAPPER.readTree(before.get(2));
        assertEquals(original.get("score"), rewritten.get("score"));
        assertEquals(original.get("parameter"), rewritten.get("parameter"));
        try (var files = Files.list(out)) {
            Path backup = files.filter(p -> p.getFileName().toString().matches("results\\.jsonl\\.\\d+\\.bak"))
                    .findFirst().orElseThrow();
            assertEquals(cut, Files.size(backup), "the backup holds the file as the kill left it");
        }
    }

    @Test
    void linesThatAreNotFullRecordsAreSkippedAndCounted() throws Exception {
        List<Configuration> grid = List.of(config("stable"), config("shuffled"));
        run(grid, 2, null, 2, 1000);
        String good = Files.readAllLines(out.resolve(ResultsStore.RESULTS)).get(0);
        List<String> bad = List.of("null", "{}", "[]", "42", "{\"name\": \"Scripted\"}",
                good.replaceFirst("\"parameter\":\\{[^}]*}", "\"parameter\":{\"mode\":1e400}"),
                good.replaceFirst("\"score\":\\[[^]]*]", "\"score\":[null,0.5]"),
                good.replaceFirst("\"confusion\":\\[\\[", "\"confusion\":[null,["),
                "[".repeat(2000), "\"" + "x".repeat((1 << 20)) + "\"");
        for (String file : List.of(ResultsStore.RESULTS, ResultsStore.REPEATS)) {
            Files.write(out.resolve(file), bad, StandardOpenOption.APPEND);
        }
        BenchmarkRunner.Summary again = run(grid, 2, null, 2, 1000);
        assertEquals(2, again.skipped(), "the full records still count");
        assertEquals(0, again.jobs());
        assertTrue(log.contains("results.jsonl line 3 is not a full record: it is null; ignored"), log.toString());
        assertTrue(log.contains("results.jsonl line 4 is not a full record: name is missing; ignored"), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.equals("results.jsonl: " + bad.size()
                + " lines in all are not full records and were ignored")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("repeats.jsonl: " + bad.size())), log.toString());
        assertTrue(log.stream().allMatch(l -> l.length() < 1000), "reports are short");
    }

    @Test
    void aResultsFileThatIsADirectoryIsNamed() throws Exception {
        Files.createDirectories(out.resolve(ResultsStore.REPEATS));
        IOException e = assertThrows(IOException.class, () -> ResultsStore.open(out));
        assertEquals(out.resolve(ResultsStore.REPEATS) + " is a directory, not a results file; move it away or give "
                + "another --out", e.getMessage());
    }

    @Test
    void aKillBeforeTheJournalLinesLetsTheMissingRepeatsRunAgain() throws Exception {
        List<Configuration> grid = List.of(config("shuffled"));
        run(grid, 3, null, 1, 1000);
        Path journal = out.resolve(ResultsStore.REPEATS);
        List<String> jobs = Files.readAllLines(journal);
        Files.write(journal, jobs.subList(0, 1));
        Files.writeString(out.resolve(ResultsStore.RESULTS), "{\"name\": \"Scripted\", \"param");
        BenchmarkRunner.Summary again = run(grid, 3, null, 1, 1000);
        assertEquals(2, again.jobs(), "repeat 1 was kept, repeats 2 and 3 ran again");
        JsonNode r = lines(ResultsStore.RESULTS).get(0);
        assertEquals(3, r.get("num_repeat").asInt());
    }

    @Test
    void aJobPastTheTimeLimitIsRecordedAsTimedOutAndTheRunGoesOn() throws Exception {
        // 3 s: room for the stable job on a loaded machine
        BenchmarkRunner.Summary s = run(List.of(config("hang"), config("stable")), 2, Duration.ofSeconds(3), 2, 1000);
        assertEquals(1, s.timedOut());
        assertEquals(1, s.ok());
        JsonNode hang = lines(ResultsStore.RESULTS).stream()
                .filter(r -> r.get("parameter").get("mode").asText().equals("hang")).findFirst().orElseThrow();
        assertEquals("timed_out", hang.get("status").asText());
        assertTrue(hang.get("error").asText().contains("ran past the time limit of 3 s"), hang.toString());
        assertEquals(0, hang.get("num_repeat").asInt());
        assertTrue(hang.get("mean_accuracy").isNull());
        assertEquals(3, hang.get("time_limit_seconds").asInt());

        BenchmarkRunner.Summary same = run(List.of(config("hang")), 2, Duration.ofSeconds(3), 2, 1000);
        assertEquals(1, same.skipped(), "the same limit would time out again");
        family.release();
        BenchmarkRunner.Summary longer = run(List.of(config("hang")), 2, Duration.ofSeconds(30), 2, 1000);
        assertEquals(1, longer.finished(), "a longer limit retries it");
        assertEquals(1, longer.ok());
    }

    @Test
    void aConfigurationExpectedToRunPastTheLimitRunsItsFirstRepeatAloneAndStopsAtItsTimeOut() throws Exception {
        // nothing measured: the model takes the scripted family for 60 s a job, past the 3 s limit
        BenchmarkRunner.Summary s = run(List.of(config("hang"), config("stable")), 2, Duration.ofSeconds(3), 2, 1000);
        assertEquals(3, s.jobs(), "hang's first repeat timed out, so its second never ran; stable ran both");
        List<JsonNode> journal = lines(ResultsStore.REPEATS);
        assertEquals(List.of("hang#0", "stable#0", "stable#1"), journal.stream()
                .map(j -> j.get("parameter").get("mode").asText() + "#" + j.get("repeat").asInt()).sorted().toList());
    }

    @Test
    void aTimedOutTrainerThatReportsProgressStopsAtItsNextReport() throws Exception {
        BenchmarkRunner.Summary s = run(List.of(config("report")), 1, Duration.ofSeconds(1), 1, 1000);
        assertEquals(1, s.timedOut());
        for (int i = 0; i < 500 && family.stopped() == 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(1, family.stopped(), "the report from its helper thread ended the abandoned job");
    }

    @Test
    void aFailingJobIsRecordedWithItsError() throws Exception {
        BenchmarkRunner.Summary s = run(List.of(config("fail"), config("stable")), 2, null, 2, 1000);
        assertEquals(1, s.failed());
        JsonNode failed = lines(ResultsStore.RESULTS).stream()
                .filter(r -> r.get("parameter").get("mode").asText().equals("fail")).findFirst().orElseThrow();
        assertEquals("failed", failed.get("status").asText());
        assertEquals("repeat 1: IllegalStateException: boom", failed.get("error").asText());
    }

    @Test
    void jobsThatDoNotFitTheMemoryBudgetTogetherRunOneAtATime() throws Exception {
        run(List.of(config("stable", "memory_mb", 60), config("shuffled", "memory_mb", 60)), 2, null, 2, 100);
        assertEquals(1, family.mostRunning());
        assertEquals(2, lines(ResultsStore.RESULTS).size());
    }

    @Test
    void aJobLargerThanTheWholeBudgetRunsAlone() throws Exception {
        BenchmarkRunner.Summary s = run(List.of(config("stable", "memory_mb", 500)), 1, null, 2, 100);
        assertEquals(1, s.ok());
    }

    @Test
    void twoBenchmarksCannotWriteToOneDirectory() throws Exception {
        try (ResultsStore first = ResultsStore.open(out)) {
            IOException e = assertThrows(IOException.class, () -> ResultsStore.open(out));
            assertTrue(e.getMessage().startsWith("another benchmark is writing to " + out), e.getMessage());
        }
    }

    @Test
    void theExecutorGivesTheLastJobsTheWholeMachine() throws Exception {
        run(List.of(config("stable")), 1, null, 2, 1000);
        Iterator<JsonNode> it = lines(ResultsStore.REPEATS).iterator();
        assertEquals(2, it.next().get("threads").asInt(), "one job on a 2-core machine gets both cores");
    }

    @Test
    void theFirstJobsOfARunShareTheMachineWithTheRest() throws Exception {
        run(List.of(config("stable", "tag", 1), config("stable", "tag", 2), config("stable", "tag", 3)), 1, null, 2,
                1000);
        List<JsonNode> repeats = lines(ResultsStore.REPEATS);
        JsonNode first = repeats.stream().filter(r -> r.get("parameter").get("tag").asInt() == 1).findFirst()
                .orElseThrow();
        assertEquals(1, first.get("threads").asInt(), "two workers, three jobs queued: one core each "
                + "(queued one by one, the first got both cores and the second started beside it)");
    }
}
