package dev.fmnist.classic.run;

import dev.fmnist.classic.job.JobStatus;
import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.job.Job;
import dev.fmnist.data.progress.Progress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs jobs on this machine, each on its own thread, at most {@code workers} at a time.
 * <ul>
 * <li>Memory: a job starts only if its {@link JobRunner#memoryEstimate} fits in what the budget has left; a job
 * larger than the whole budget runs alone. Jobs that do not fit wait while smaller ones behind them may start.</li>
 * <li>Threads: each job may use {@code cores / min(workers, jobs running or waiting)} threads, so the last jobs of
 * a run get the whole machine.</li>
 * <li>Time limit: a job running longer is reported {@link JobStatus#TIMED_OUT} at once and its thread is
 * interrupted and abandoned, freeing its worker slot. Trainers that report progress stop at their next report (the
 * report throws {@link CancellationException}, whichever thread makes it); others run on in the background until
 * they end, and keep their memory reserved until then.</li>
 * </ul>
 */
public final class LocalJobExecutor implements JobExecutor {
    private final JobRunner runner;
    private final int workers;
    private final int cores;
    private final long memoryBudget;
    private final Duration timeLimit;
    private final ScheduledExecutorService watchdog;
    private final AtomicLong sequence = new AtomicLong();
    private final TreeSet<Submission> pending = new TreeSet<>(
            Comparator.comparingLong(Submission::priority).thenComparingLong(Submission::sequence));
    private final Set<Attempt> active = new LinkedHashSet<>();
    private long reserved;
    private int busySlots;
    private boolean closed;

    /**
     * @param workers      jobs that may run at once
     * @param cores        processor cores to share among running jobs
     * @param memoryBudget bytes that running jobs' estimates may add up to
     * @param timeLimit    the most a job may run, or null for no limit
     */
    public LocalJobExecutor(JobRunner runner, int workers, int cores, long memoryBudget, Duration timeLimit) {
        if (workers < 1 || cores < 1 || memoryBudget < 1) {
            throw new IllegalArgumentException("workers, cores and memory budget must be positive");
        }
        this.runner = runner;
        this.workers = workers;
        this.cores = cores;
        this.memoryBudget = memoryBudget;
        this.timeLimit = timeLimit;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fmnist-job-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    private record Submission(Job job, long priority, long sequence, long memory, Consumer<JobOutcome> onDone) {
    }

    /** One start of a job on its thread. */
    private final class Attempt {
        final Submission submission;
        final int threads;
        final long startNanos = System.nanoTime();
        final long startEpoch = Instant.now().getEpochSecond();
        volatile String detail = "";
        volatile double fraction = Double.NaN;
        volatile boolean abandoned;
        Thread thread;
        boolean reported;

        Attempt(Submission submission, int threads) {
            this.submission = submission;
            this.threads = threads;
        }

        double seconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }
    }

    @Override
    public void submitAll(List<Queued> jobs, Consumer<JobOutcome> onDone) {
        List<Submission> ready = new ArrayList<>();
        for (Queued q : jobs) {
            try {
                ready.add(new Submission(q.job(), q.priority(), sequence.getAndIncrement(),
                        runner.memoryEstimate(q.job()), onDone));
            } catch (RuntimeException e) {
                onDone.accept(JobOutcome.unfinished(q.job(), JobStatus.FAILED, "cannot estimate its memory: " + e, 0,
                        Instant.now().getEpochSecond(), 0));
            }
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("executor closed");
            }
            pending.addAll(ready);
            startWhatFits();
        }
    }

    @Override
    public synchronized List<RunningJob> running() {
        List<RunningJob> list = new ArrayList<>();
        for (Attempt a : active) {
            if (!a.reported) {
                list.add(new RunningJob(a.submission.job(), a.threads, a.seconds(), a.fraction, a.detail));
            }
        }
        return list;
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public int threadsFor(int jobs) {
        return threadsEach(cores, workers, jobs);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            pending.clear();
            active.forEach(a -> a.thread.interrupt());
        }
        watchdog.shutdownNow();
    }

    /**
     * The threads a job starting now gets: the cores shared among the jobs running or waiting ({@code jobs}, the
     * starting one included), at most {@code workers} of them, so that the last jobs of a run get the whole machine.
     */
    public static int threadsEach(int cores, int workers, int jobs) {
        return Math.max(1, cores / Math.max(1, Math.min(workers, jobs)));
    }

    /** Starts waiting jobs, best priority first, while slots are free and their memory fits. */
    private void startWhatFits() {
        for (var it = pending.iterator(); it.hasNext() && busySlots < workers; ) {
            Submission s = it.next();
            boolean fits = s.memory() <= memoryBudget - reserved;
            boolean alone = active.isEmpty() && s.memory() > memoryBudget;
            if (fits || alone) {
                int sharing = busySlots + pending.size();
                it.remove();
                start(s, threadsFor(sharing));
            }
        }
    }

    private void start(Submission s, int threads) {
        Attempt a = new Attempt(s, threads);
        reserved += s.memory();
        busySlots++;
        active.add(a);
        Thread t = new Thread(() -> {
            JobOutcome outcome = runner.run(s.job(), threads, progressOf(a));
            finished(a, outcome);
        }, "fmnist-job-" + s.sequence());
        t.setDaemon(true);
        a.thread = t;
        t.start();
        if (timeLimit != null) {
            watchdog.schedule(() -> timedOut(a), timeLimit.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private Progress progressOf(Attempt a) {
        return new Progress() {
            @Override
            public void update(long done, String detail) {
                if (a.abandoned) {
                    throw new CancellationException("job abandoned at the time limit");
                }
                a.detail = detail == null ? "" : detail;
            }

            @Override
            public void step(long done, long total, String detail) {
                update(done, detail);
                if (total > 0) {
                    a.fraction = Math.min(1, Math.max(0, (double) done / total));
                }
            }

            @Override
            public void close() {
            }
        };
    }

    private void finished(Attempt a, JobOutcome outcome) {
        boolean report;
        synchronized (this) {
            active.remove(a);
            reserved -= a.submission.memory();
            report = !a.reported;
            if (report) {
                a.reported = true;
                busySlots--;
            }
            if (!closed) {
                startWhatFits();
            }
        }
        if (report) {
            a.submission.onDone().accept(outcome);
        }
    }

    private void timedOut(Attempt a) {
        synchronized (this) {
            if (a.reported) {
                return;
            }
            a.reported = true;
            a.abandoned = true;
            busySlots--;
            a.thread.interrupt();
            if (!closed) {
                startWhatFits();
            }
        }
        a.submission.onDone().accept(JobOutcome.unfinished(a.submission.job(), JobStatus.TIMED_OUT,
                "ran past the time limit of " + timeLimit.toSeconds() + " s and was abandoned", a.threads,
                a.startEpoch, a.seconds()));
    }
}
