package dev.fmnist.classic.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.job.Job;
import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.job.JobStatus;
import dev.fmnist.classic.testing.SyntheticData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationRunTest {
    private static final Configuration A = new Configuration("GaussianNB", Map.of("var_smoothing", 1e-9));

    private static JobOutcome outcome(int repeat, JobStatus status, double accuracy) {
        return new JobOutcome(Job.of(A, "fashion", repeat), status, accuracy, 1, 0, new int[10][10], null, 1,
                1_700_000_000L, 1_700_000_001L, null);
    }

    private static List<Integer> left(ConfigurationRun r) {
        return r.jobsLeft().stream().map(Job::repeat).toList();
    }

    @Test
    void everyRepeatMayRunUntilTheFirstTwoTell() {
        ConfigurationRun r = new ConfigurationRun(A, SyntheticData.fashion(), 0, 5, List.of(), false);
        assertEquals(List.of(0, 1, 2, 3, 4), left(r));
        r.jobsToStart();
        r.record(outcome(0, JobStatus.OK, 0.8));
        assertEquals(List.of(1, 2, 3, 4), left(r), "repeat 1 still running");
    }

    @Test
    void twoAgreeingRepeatsLeaveNothingAndTwoDisagreeingOnesTheRest() {
        ConfigurationRun agree = new ConfigurationRun(A, SyntheticData.fashion(), 0, 5,
                List.of(outcome(0, JobStatus.OK, 0.8), outcome(1, JobStatus.OK, 0.8)), false);
        assertEquals(List.of(), left(agree));
        ConfigurationRun differ = new ConfigurationRun(A, SyntheticData.fashion(), 0, 5,
                List.of(outcome(0, JobStatus.OK, 0.8), outcome(1, JobStatus.OK, 0.7)), false);
        assertEquals(List.of(2, 3, 4), left(differ));
    }

    @Test
    void aRepeatThatDidNotSucceedLeavesOnlyThoseInFlight() {
        ConfigurationRun r = new ConfigurationRun(A, SyntheticData.fashion(), 0, 3, List.of(), false);
        r.jobsToStart();
        r.record(outcome(0, JobStatus.FAILED, Double.NaN));
        assertEquals(List.of(1), left(r), "repeat 1 was started with it and still runs");
    }

    @Test
    void aFirstRepeatThatRunsAloneEndsTheConfigurationWhenItTimesOut() {
        ConfigurationRun r = new ConfigurationRun(A, SyntheticData.fashion(), 0, 2, List.of(), true);
        assertEquals(List.of(0), left(r), "only the first is planned while it runs alone");
        assertEquals(List.of(0), r.jobsToStart().stream().map(Job::repeat).toList());
        assertEquals(List.of(), r.jobsToStart(), "the second waits for the first");
        r.record(outcome(0, JobStatus.TIMED_OUT, Double.NaN));
        assertTrue(r.done(), "a time-out ends it; the second never starts");
        assertEquals(List.of(), r.jobsToStart());
    }

    @Test
    void aFirstRepeatThatRunsAloneAndSucceedsLetsTheOthersRun() {
        ConfigurationRun r = new ConfigurationRun(A, SyntheticData.fashion(), 0, 2, List.of(), true);
        r.jobsToStart();
        r.record(outcome(0, JobStatus.OK, 0.8));
        assertFalse(r.done());
        assertEquals(List.of(1), left(r));
        assertEquals(List.of(1), r.jobsToStart().stream().map(Job::repeat).toList());
    }

    @Test
    void aJobRunsPastTheLimitWhenItsTimeOnItsThreadsReachesIt() {
        assertTrue(ConfigurationRun.runsPastLimit(7200, 1, 7200), "a time-out's lower bound: at the limit");
        assertFalse(ConfigurationRun.runsPastLimit(7200, 2, 7200));
        assertFalse(ConfigurationRun.runsPastLimit(1e9, 1, Double.POSITIVE_INFINITY));
        assertFalse(ConfigurationRun.runsPastLimit(Double.POSITIVE_INFINITY, 1, Double.POSITIVE_INFINITY),
                "no limit: nothing runs past it");
    }
}
