package dev.fmnist.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.job.Job;
import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.job.JobStatus;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.classic.results.RunEnvironment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FullGridCheckTest {
    private static ResultRecord ran(double smoothing, long start, long done) {
        Configuration c = new Configuration("GaussianNB", Map.of("var_smoothing", smoothing));
        JobOutcome o = new JobOutcome(Job.of(c, "fashion", 0), JobStatus.OK, 0.5, done - start, 0, new int[10][10],
                null, 1, start, done, null);
        return ResultRecord.of(List.of(o), Map.of(), "fmnist", null, RunEnvironment.current());
    }

    @Test
    void theWallTimeCountsConfigurationsRunningSideBySideOnceAndLeavesGapsOut() {
        List<ResultRecord> done = List.of(ran(1e-9, 1000, 1100), ran(1e-8, 1050, 1200), ran(1e-7, 1060, 1080),
                ran(1e-6, 5000, 5010));
        assertEquals(200 + 10, FullGridCheck.busy(done), 1e-9, "1000-1200 with two workers, then 10 s after a gap");
    }
}
