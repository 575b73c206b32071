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
     * Queues a job; it starts when the executor has room for it.
     *
     * @param priority lower starts first; jobs of equal priority start in the order submitted
     * @param onDone   receives the outcome, exactly once, on any thread
     */
    void submit(Job job, long priority, Consumer<JobOutcome> onDone);

    /** The jobs running now. */
    List<RunningJob> running();

    /** How many jobs run at once, for the ETA's replay of the schedule. */
    int workers();

    /** The cores those jobs share, for the ETA's replay of the schedule. */
    int cores();

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
