package dev.fmnist.classic.job;

/**
 * How one job ended.
 *
 * @param job            the job
 * @param status         ok, timed out or failed
 * @param accuracy       test accuracy (NaN unless ok)
 * @param fitSeconds     seconds spent fitting (for a timed-out job: until it was abandoned)
 * @param predictSeconds seconds spent predicting the test split
 * @param confusion      {@code confusion[true][predicted]} counts on the test split (null unless ok)
 * @param mistakes       the test images classified wrong, as {@code [test index, predicted label]} pairs in index
 *                       order (null unless ok)
 * @param threads        threads the trainer was allowed
 * @param startTime      epoch second the job started
 * @param doneTime       epoch second it ended
 * @param error          what went wrong (null when ok)
 */
public record JobOutcome(Job job, JobStatus status, double accuracy, double fitSeconds, double predictSeconds,
                         int[][] confusion, int[][] mistakes, int threads, long startTime, long doneTime,
                         String error) {

    /** A job that did not finish: timed out or failed, with the reason. */
    public static JobOutcome unfinished(Job job, JobStatus status, String error, int threads, long startTime,
                                        double seconds) {
        return new JobOutcome(job, status, Double.NaN, seconds, 0, null, null, threads, startTime,
                startTime + Math.round(seconds), error);
    }

    public boolean ok() {
        return status == JobStatus.OK;
    }
}
