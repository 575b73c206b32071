package dev.fmnist.classic.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.classic.cost.CostModel;
import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.models.bayes.GaussianNB;
import dev.fmnist.classic.models.glm.LinearSVC;
import dev.fmnist.classic.results.Json;
import dev.fmnist.classic.results.RepeatRecord;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.classic.results.ResultsIndex;
import dev.fmnist.classic.results.ResultsStore;
import dev.fmnist.classic.results.RunEnvironment;
import dev.fmnist.classic.job.Job;
import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.job.JobStatus;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.estimator.FamilyRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DryRunTest {
    private static final FamilyRegistry FAMILIES = FamilyRegistry.of(List.of(new GaussianNB()));
    private static final Configuration A = new Configuration("GaussianNB", Map.of("var_smoothing", 1e-9));
    private static final Configuration B = new Configuration("GaussianNB", Map.of("var_smoothing", 1e-8));
    private static final Configuration C = new Configuration("GaussianNB", Map.of("var_smoothing", 1e-7));

    /** A full results line of two agreeing repeats of {@code c}, each fitted in {@code fitSeconds} on one thread. */
    private static String line(Configuration c, double fitSeconds) throws Exception {
        List<JobOutcome> outcomes = List.of(0, 1).stream().map(r -> new JobOutcome(Job.of(c, "fashion", r),
                JobStatus.OK, 0.5, fitSeconds, 0, new int[10][10], null, 1, 1_700_000_000L, 1_700_000_100L, null))
                .toList();
        return Json.MAPPER.writeValueAsString(ResultRecord.of(outcomes, Map.of(), "fmnist", null,
                RunEnvironment.current()));
    }

    @Test
    void skipsWhatIsRecordedAndReplaysTheScheduleOnTheWorkers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(ResultsStore.RESULTS), line(A, 100) + "\n");
        try (ResultsStore store = ResultsStore.open(dir)) {   // a run writing there: a dry run reads it all the same
            Files.writeString(dir.resolve(ResultsStore.RESULTS), line(B, 100).substring(0, 200),
                    StandardOpenOption.APPEND);   // B's line, half-written
            ResultsIndex done = ResultsIndex.read(dir);
            CostModel cost = CostModel.of(FAMILIES, List.of(done.results().get(0)), List.of());
            DryRun plan = DryRun.plan(List.of(A, B, C), List.of(Datasets.FASHION), 2, null, 2, 2, done, FAMILIES,
                    cost);
            assertEquals(4, plan.jobs().size(), "A is recorded (its two repeats agreed): two repeats each of B and C "
                    + "(B's line is not whole yet)");
            assertTrue(plan.jobs().stream().noneMatch(j -> j.job().configuration().equals(A)));
            // B and C are like A: 100 CPU seconds each; every job gets one core, as the executor gives it: the
            // last starts beside the third, two jobs sharing the two cores
            assertEquals(List.of(1, 1, 1, 1), plan.jobs().stream().map(DryRun.JobEstimate::threads).toList());
            assertEquals(400, plan.cpuSeconds(), 1e-9);
            assertEquals(100 + 100, plan.wallSeconds(), 1e-9, "two workers: two jobs of 100 s, then two more");
            assertTrue(plan.jobs().get(0).memoryBytes() > 4L * 60000 * 784, "the training copy at least");
        }
    }

    @Test
    void aResultWithFewerRepeatsThanAskedForPlansTheMissingOnes(@TempDir Path dir) throws Exception {
        JobOutcome one = new JobOutcome(Job.of(A, "fashion", 0), JobStatus.OK, 0.5, 100, 0, new int[10][10], null, 1,
                1_700_000_000L, 1_700_000_100L, null);
        Files.writeString(dir.resolve(ResultsStore.RESULTS), Json.MAPPER.writeValueAsString(ResultRecord.of(
                List.of(one), Map.of(), "fmnist", null, RunEnvironment.current())) + "\n");
        ResultsIndex done = ResultsIndex.read(dir);
        DryRun plan = DryRun.plan(List.of(A), List.of(Datasets.FASHION), 3, null, 1, 2, done, FAMILIES,
                CostModel.of(FAMILIES, done.results(), List.of()));
        assertEquals(List.of(0, 1, 2), plan.jobs().stream().map(j -> j.job().repeat()).toList(),
                "nothing journaled: every repeat of the extended configuration is planned");
        assertEquals("measured here", plan.jobs().get(0).source());
    }

    @Test
    void theRepeatsAResumedRunWouldKeepAreLeftOutWhicheverTheyAre(@TempDir Path dir) throws Exception {
        JobOutcome second = new JobOutcome(Job.of(A, "fashion", 1), JobStatus.OK, 0.5, 100, 0, new int[10][10], null,
                1, 1_700_000_000L, 1_700_000_100L, null);
        try (ResultsStore store = ResultsStore.open(dir)) {
            store.append(RepeatRecord.of(second));
        }
        ResultsIndex done = ResultsIndex.read(dir);
        DryRun plan = DryRun.plan(List.of(A), List.of(Datasets.FASHION), 3, null, 1, 2, done, FAMILIES,
                CostModel.of(FAMILIES, List.of(), List.of()));
        assertEquals(List.of(0, 2), plan.jobs().stream().map(j -> j.job().repeat()).toList(),
                "repeat 1 is journaled; 0 and 2 are not");
    }

    @Test
    void aJobIsPlannedToItsTimeLimitAtMostAndSaysSo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(ResultsStore.RESULTS), line(A, 100) + "\n");
        ResultsIndex done = ResultsIndex.read(dir);
        DryRun plan = DryRun.plan(List.of(B), List.of(Datasets.FASHION), 1, 30L, 1, 1, done, FAMILIES,
                CostModel.of(FAMILIES, done.results(), List.of()));
        DryRun.JobEstimate b = plan.jobs().get(0);
        assertEquals(30, b.wallSeconds(), 1e-9, "B is like A (100 s), stopped at 30 s");
        assertEquals(30, b.cpuSeconds(), 1e-9);
        assertEquals(30, plan.wallSeconds(), 1e-9);
        assertTrue(b.source().endsWith("; stopped at the time limit"), b.source());
    }

    @Test
    void aConfigurationExpectedToRunPastTheLimitIsPlannedAsItsFirstRepeat(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(ResultsStore.RESULTS), line(A, 100) + "\n");
        ResultsIndex done = ResultsIndex.read(dir);
        CostModel cost = CostModel.of(FAMILIES, done.results(), List.of());
        DryRun limited = DryRun.plan(List.of(B), List.of(Datasets.FASHION), 2, 30L, 2, 2, done, FAMILIES, cost);
        assertEquals(List.of(0), limited.jobs().stream().map(j -> j.job().repeat()).toList(),
                "like A (100 s), past 30 s on the one core each job gets: its time-out ends it");
        assertTrue(limited.jobs().get(0).source().endsWith(
                "; stopped at the time limit; its other repeats only if it finishes"), limited.jobs().get(0).source());
        DryRun roomy = DryRun.plan(List.of(B), List.of(Datasets.FASHION), 2, 300L, 2, 2, done, FAMILIES, cost);
        assertEquals(List.of(0, 1), roomy.jobs().stream().map(j -> j.job().repeat()).toList());
    }

    @Test
    void withoutATimeLimitNoJobIsSaidToStopAtOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(ResultsStore.RESULTS), line(A, 0.45) + "\n");   // 0.45 s on each of 2 runs
        ResultsIndex done = ResultsIndex.read(dir);
        DryRun plan = DryRun.plan(List.of(B), List.of(Datasets.FASHION), 1, null, 1, 3, done, FAMILIES,
                CostModel.of(FAMILIES, done.results(), List.of()));
        DryRun.JobEstimate b = plan.jobs().get(0);
        assertEquals(3, b.threads());
        assertEquals(0.45, b.cpuSeconds(), 0, "0.45 / 3 * 3 is not 0.45 in floating point; no limit cuts it");
        assertTrue(!b.source().contains("time limit"), b.source());
    }

    @Test
    void crammerSingerConfigurationsThatDifferInLossOrPenaltyArePlannedAsOneExperiment() {
        FamilyRegistry svc = FamilyRegistry.of(List.of(new LinearSVC()));
        List<Configuration> grid = new java.util.ArrayList<>();
        for (String loss : List.of("hinge", "squared_hinge")) {
            for (int c : List.of(1, 10)) {
                grid.add(new Configuration("LinearSVC", Map.of("loss", loss, "C", c, "multi_class", "crammer_singer")));
            }
        }
        grid.add(new Configuration("LinearSVC", Map.of("loss", "hinge", "C", 1, "multi_class", "ovr")));
        DryRun plan = DryRun.plan(grid, List.of(Datasets.FASHION, Datasets.MNIST), 1, null, 1, 2, ResultsIndex.empty(),
                svc, CostModel.of(svc, List.of(), List.of()));
        assertEquals(List.of(grid.get(0), grid.get(1), grid.get(4)), plan.jobs().stream()
                .map(j -> j.job().configuration()).distinct().toList(), "squared_hinge's Crammer-Singer is hinge's");
        assertEquals(6, plan.jobs().size());
        assertEquals(4, plan.shared(), "two configurations on two datasets");
    }

    @Test
    void theLastJobAloneGetsEveryCore() {
        DryRun plan = DryRun.plan(List.of(A, B, C), List.of(Datasets.FASHION), 1, null, 2, 2, ResultsIndex.empty(),
                FAMILIES, CostModel.of(FAMILIES, List.of(), List.of()));
        double each = plan.jobs().get(0).cpuSeconds();
        assertEquals(List.of(1, 1, 2), plan.jobs().stream().map(DryRun.JobEstimate::threads).toList());
        assertEquals(each + each / 2, plan.wallSeconds(), 1e-9, "the first two side by side, then the third on both");
    }

    @Test
    void aMissingResultsDirectoryPlansEverything() {
        DryRun plan = DryRun.plan(List.of(A), List.of(Datasets.FASHION, Datasets.MNIST), 3, null, 1, 2,
                ResultsIndex.empty(), FAMILIES, CostModel.of(FAMILIES, List.of(), List.of()));
        assertEquals(6, plan.jobs().size());
        assertEquals(plan.cpuSeconds(), plan.jobs().stream().mapToDouble(DryRun.JobEstimate::cpuSeconds).sum(), 1e-9);
    }
}
