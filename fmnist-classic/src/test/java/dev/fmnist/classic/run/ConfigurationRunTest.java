package dev.fmnist.classic.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        ConfigurationRun r = new ConfigurationRun(A, SyntheticData.fashion(), 0, 5, List.of());
        assertEquals(List.of(0, 1, 2, 3, 4), left(r));
        r.jobsToStart();
        r.record(outcome(0, JobStatus.OK, 0.8));
        assertEquals(List.of(1, 2, 3, 4), left(r), "repeat 1 still running");
    }

    @Test
    void twoAgreeingRepeatsLeaveNothingAndTwoDisagreeingOnesTheRest() {
        ConfigurationRun agree = new ConfigurationRun(A, SyntheticData.fashion(), 0, 5,
                List.of(outcome(0, JobStatus.OK, 0.8), outcome(1, JobStatus.OK, 0.8)));
        assertEquals(List.of(), left(agree));
        ConfigurationRun differ = new ConfigurationRun(A, SyntheticData.fashion(), 0, 5,
                List.of(outcome(0, JobStatus.OK, 0.8), outcome(1, JobStatus.OK, 0.7)));
        assertEquals(List.of(2, 3, 4), left(differ));
    }

    @Test
    void aRepeatThatDidNotSucceedLeavesOnlyThoseInFlight() {
        ConfigurationRun r = new ConfigurationRun(A, SyntheticData.fashion(), 0, 3, List.of());
        r.jobsToStart();
        r.record(outcome(0, JobStatus.FAILED, Double.NaN));
        assertEquals(List.of(1), left(r), "repeat 1 was started with it and still runs");
    }
}
