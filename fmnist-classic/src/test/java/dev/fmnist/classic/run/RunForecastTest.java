package dev.fmnist.classic.run;

import dev.fmnist.estimator.FamilyRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fmnist.classic.cost.CostModel;
import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.job.Job;
import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.job.JobStatus;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.classic.results.RunEnvironment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunForecastTest {
    private static final FamilyRegistry COST_FAMILIES = FamilyRegistry.standard();
    private static final Configuration A = new Configuration("GaussianNB", Map.of("var_smoothing", 1e-9));
    private static final Configuration B = new Configuration("GaussianNB", Map.of("var_smoothing", 1e-8));
    private static final Configuration C = new Configuration("GaussianNB", Map.of("var_smoothing", 1e-7));
    /** A, measured here at 100 CPU seconds a repeat; B and C are like it. */
    private static final CostModel COST = CostModel.of(COST_FAMILIES,
            List.of(ResultRecord.of(List.of(outcome(A, 100, 1)),
            Map.of(), "fmnist", null, RunEnvironment.current())), List.of());

    private static JobOutcome outcome(Configuration c, double fitSeconds, int threads) {
        return new JobOutcome(Job.of(c, "fashion", 0), JobStatus.OK, 0.5, fitSeconds, 0, new int[10][10], null,
                threads, 1_700_000_000L, 1_700_000_100L, null);
    }

    private static RunForecast forecast(CostModel cost, int workers, int cores, double work) {
        return new RunForecast(cost, workers, jobs -> LocalJobExecutor.threadsEach(cores, workers, jobs), work,
                Double.POSITIVE_INFINITY);
    }

    private static Job job(Configuration c) {
        return Job.of(c, "fashion", 0);
    }

    @Test
    void withNothingMeasuredYetItIsTheDryRunsSchedule() {
        RunForecast f = forecast(COST, 2, 2, 0);
        assertEquals(100 + 50, f.secondsLeft(List.of(job(A), job(B), job(C)), List.of()), 1e-9,
                "A and B side by side on one core each, then C alone on both");
    }

    @Test
    void noJobIsCountedPastTheTimeLimit() {
        RunForecast f = new RunForecast(COST, 1, jobs -> 1, 0, 30);
        RunningJob a = new RunningJob(job(A), 1, 20, Double.NaN, "");
        assertEquals(10 + 30, f.secondsLeft(List.of(job(B)), List.of(a)), 1e-9,
                "A, 20 s into its 100, is stopped at 30 s; B, 100 s by the model, too");
        assertEquals(0, f.remaining(new RunningJob(job(A), 1, 50, Double.NaN, ""), 1), 0,
                "past the limit: about to be stopped");
    }

    @Test
    void jobsThatTookLongerThanTheModelSaidStretchTheRest() {
        RunForecast f = forecast(COST, 1, 1, 0);
        f.finished(outcome(A, 260, 1));
        double pace = (260 + RunForecast.PRIOR_SECONDS) / (100 + RunForecast.PRIOR_SECONDS);
        assertEquals(2, pace, 1e-9);
        assertEquals(100 * (60 * pace + 260) / (60 + 100), f.secondsLeft(List.of(job(B)), List.of()), 1e-9,
                "B is of A's family: A's pace, drawn toward the run's");
    }

    @Test
    void aFamilyThatShowedItsOwnPaceKeepsIt() {
        Configuration forest = new Configuration("RandomForestClassifier", Map.of("n_estimators", 10));
        CostModel cost = CostModel.of(COST_FAMILIES, List.of(ResultRecord.of(List.of(outcome(A, 100, 1)), Map.of(),
                "fmnist", null,
                RunEnvironment.current()), ResultRecord.of(List.of(outcome(forest, 100, 1)), Map.of(), "fmnist", null,
                RunEnvironment.current())), List.of());
        RunForecast f = forecast(cost, 1, 1, 0);
        f.finished(outcome(A, 400, 1));
        RunForecast.Pace pace = f.pace(List.of());
        double all = (60 + 400) / (60 + 100.0);
        assertEquals(all, pace.all(), 1e-9);
        assertEquals((60 * all + 400) / (60 + 100), pace.of(job(B)), 1e-9, "GaussianNB's own 4x, drawn toward all");
        assertEquals(all, pace.of(Job.of(forest, "fashion", 0)), 1e-9, "a family not yet seen: the run's pace");
        assertEquals(100 * pace.of(job(B)) + 100 * all, f.secondsLeft(List.of(job(B), Job.of(forest, "fashion", 0)),
                List.of()), 1e-9);
    }

    @Test
    void cpuTimeCountsEveryThreadAndAFailedJobCountsNothing() {
        RunForecast f = forecast(COST, 1, 1, 0);
        f.finished(outcome(A, 50, 2));
        f.finished(JobOutcome.unfinished(job(C), JobStatus.FAILED, "out of memory", 1, 1_700_000_000L, 500));
        assertEquals(1, f.pace(List.of()).all(), 1e-9, "50 s on two threads is the 100 s the model gave it");
    }

    @Test
    void aRunningJobsOwnProgressWeighsByTheSquareOfItsShareDone() {
        RunForecast f = forecast(COST, 1, 1, 0);
        RunningJob half = new RunningJob(job(B), 1, 100, 0.5, "class 4 solved");
        assertEquals(1, f.pace(List.of(half)).all(), 1e-9, "at its estimate, not past it");
        assertEquals(0.25 * 100 + 0.75 * 25, f.secondsLeft(List.of(), List.of(half)), 1e-9,
                "a quarter the pace so far (100 s more), three quarters the estimate (used up: a quarter of its time)");
    }

    @Test
    void aFirstCoarseStepSaysLittle() {
        RunForecast f = forecast(COST, 1, 1, 0);
        double unknown = f.secondsLeft(List.of(), List.of(new RunningJob(job(B), 1, 50, Double.NaN, "")));
        double tiny = f.secondsLeft(List.of(), List.of(new RunningJob(job(B), 1, 50, 0.001, "iteration 1")));
        assertEquals(50, unknown, 1e-9, "the estimate's 100 s less the 50 run");
        assertEquals(unknown, tiny, 0.1, "no jump between knowing nothing and a thousandth done");
    }

    @Test
    void aRunningJobCountsAsOnItsEstimateUntilItHasRunPastIt() {
        RunForecast f = forecast(COST, 1, 1, 0);
        f.finished(outcome(A, 260, 1));
        RunningJob early = new RunningJob(job(B), 1, 35, 0.9, "class 8 solved");
        assertEquals((60 + 260 + 35) / (60 + 100 + 35.0), f.pace(List.of(early)).all(), 1e-9,
                "nine tenths in 35 s says nothing of the last tenth: on its estimate so far, drawing the pace to 1");
        RunningJob late = new RunningJob(job(B), 1, 160, 0.9, "class 8 solved");
        assertEquals((60 + 260 + 160) / (60 + 100 + 100.0), f.pace(List.of(late)).all(), 1e-9,
                "160 s where the model gave 100");
    }

    @Test
    void theModelsWordInThePaceGrowsWithTheRun() {
        RunForecast small = forecast(COST, 1, 1, 100);
        RunForecast large = forecast(COST, 1, 1, 36_000);
        small.finished(outcome(A, 200, 1));
        large.finished(outcome(A, 200, 1));
        assertEquals((200 + 60) / (100 + 60.0), small.pace(List.of()).all(), 1e-9, "at least 60 s");
        assertEquals((200 + 9000) / (100 + 9000.0), large.pace(List.of()).all(), 1e-9, "a quarter of 10 hours");
    }

    @Test
    void aJobPastItsEstimateWithNoProgressOfItsOwnGetsAQuarterOfItsTimeAgain() {
        RunForecast f = forecast(COST, 1, 1, 0);
        RunningJob late = new RunningJob(job(A), 1, 400, Double.NaN, "");
        assertEquals(100, f.secondsLeft(List.of(), List.of(late)), 1e-9);
    }

    @Test
    void waitingJobsStartWhenTheRunningOnesEnd() {
        RunForecast f = forecast(COST, 2, 2, 0);
        RunningJob fresh = new RunningJob(job(A), 1, 0, Double.NaN, "");
        assertEquals(100 + 50, f.secondsLeft(List.of(job(B), job(C)), List.of(fresh)), 1e-9,
                "B beside A, then C alone on both cores");
    }
}
