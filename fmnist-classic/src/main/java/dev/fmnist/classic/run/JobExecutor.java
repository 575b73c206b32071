package dev.fmnist.classic.run;

import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.job.Job;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where jobs execute: worker threads on this machine ({@link LocalJobExecutor}), or a cluster. The benchmark
 * submits jobs and learns of each outcome through its callback; which repeats to run next, and what to record,
 * stay with the benchmark. An executor never loses a job: a failure, a timeout or an exception becomes an outcome.
 */
public interface JobExecutor extends AutoCloseable {
    /**
     * A job and its priority, for {@link #submitAll}.
     *
     * @param priority lower starts first; jobs of equal priority start in the order submitted
     */
    record Queued(Job job, long priority) {
    }

    /**
     * Queues jobs; each starts when the executor has room for it, but none before all are queued, so that the first
     * get the threads of a machine shared with the rest (queued one by one, the first job of a run got every core, and
     * the next started beside it).
     *
     * @param onDone receives each job's outcome, exactly once, on any thread
     */
    void submitAll(List<Queued> jobs, Consumer<JobOutcome> onDone);

    /** The jobs running now. */
    List<RunningJob> running();

    /** How many jobs run at once, for the ETA's replay of the schedule. */
    int workers();

    /**
     * The threads a job starting now gets when {@code jobs} jobs are running or waiting, itself included, for the
     * ETA's replay of the schedule.
     */
    int threadsFor(int jobs);

    /**
     * Throws when the executor can no longer run jobs (a cluster that went away); the benchmark checks it while it
     * waits, and stops with the message, the finished results kept. The local engine never throws.
     */
    default void check() throws IOException {
    }

    /** Stops accepting jobs and abandons those still running. */
    @Override
    void close();
}
