package dev.fmnist.classic.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.job.Job;
import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.job.JobStatus;
import java.util.Map;

/**
 * One finished job as a line of the repeats journal ({@code repeats.jsonl}): what a resumed run needs to keep a
 * configuration's finished repeats when the run was stopped before all of them were done. {@code mistakes} (the
 * {@code [test index, predicted label]} pairs the job got wrong) is absent from lines written before fmnist kept
 * them.
 */
public record RepeatRecord(String dataset, String name, Map<String, Object> parameter, int repeat, long seed,
                           JobStatus status, Double accuracy, double fitSeconds, double predictSeconds,
                           int[][] confusion, int threads, long startTime, long doneTime,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String error,
                           @JsonInclude(JsonInclude.Include.NON_NULL) int[][] mistakes) {

    /** The journal line of an outcome. */
    public static RepeatRecord of(JobOutcome o) {
        Job j = o.job();
        return new RepeatRecord(j.dataset(), j.configuration().family(), j.configuration().parameters(), j.repeat(),
                j.seed(), o.status(), o.ok() ? o.accuracy() : null, o.fitSeconds(), o.predictSeconds(),
                o.confusion(), o.threads(), o.startTime(), o.doneTime(), o.error(), o.mistakes());
    }

    /** The outcome this line records. */
    public JobOutcome outcome() {
        Job job = new Job(new Configuration(name, parameter), dataset, repeat, seed);
        return new JobOutcome(job, status, accuracy == null ? Double.NaN : accuracy, fitSeconds, predictSeconds,
                confusion, mistakes, threads, startTime, doneTime, error);
    }
}
