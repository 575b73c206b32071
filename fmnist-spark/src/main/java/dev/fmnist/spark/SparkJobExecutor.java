package dev.fmnist.spark;

import dev.fmnist.classic.job.Job;
import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.job.JobStatus;
import dev.fmnist.classic.results.Json;
import dev.fmnist.classic.results.RepeatRecord;
import dev.fmnist.classic.run.JobExecutor;
import dev.fmnist.classic.run.JobExecutorFactory.EngineException;
import dev.fmnist.classic.run.LocalJobExecutor;
import dev.fmnist.classic.run.RunningJob;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs each benchmark job as its own Spark job of one task, submitted from a pool of driver threads ({@code slots}
 * jobs at once, in priority order) into the run's FAIR scheduler pool, under a job group of its own.
 * <ul>
 * <li>Each job's outcome is reported exactly once: a result, a failure after Spark's own retries
 * ({@code spark.task.maxFailures}), or a time-out, after which its job group is cancelled.</li>
 * <li>When the Spark application itself ends (its master gives it up, for example), jobs still in flight are not
 * reported as failures: {@link #check()} stops the run, the finished results stay recorded, and the same command
 * resumes.</li>
 * </ul>
 */
public final class SparkJobExecutor implements JobExecutor {
    /** The most characters of a result line from an executor that the driver reads. */
    static final int MAX_RESULT_CHARS = 1 << 20;

    private final JavaSparkContext sc;
    private final String pool;
    private final RunJob function;
    private final int threads;
    private final int localCores;
    private final int slots;
    private final Duration timeLimit;
    private final SchedulingDelays delays;
    private final Consumer<String> log;
    private final ExecutorService drivers;
    private final ScheduledExecutorService watchdog;
    private final AtomicLong sequence = new AtomicLong();
    /** Guards {@code pending} and {@code taken}, so that a job is always counted in one of them. */
    private final Object queueing = new Object();
    private final PriorityQueue<Submission> pending = new PriorityQueue<>(64,
            Comparator.comparingLong(Submission::priority).thenComparingLong(Submission::sequence));
    /** Jobs the driver threads have taken from {@code pending} and not yet finished. */
    private int taken;
    private final Set<Attempt> active = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private volatile String lost;

    private record Submission(Job job, long priority, long sequence, Consumer<JobOutcome> onDone) {
    }

    /** One job in flight on Spark. */
    private static final class Attempt {
        final Submission submission;
        final int threads;
        final long startNanos = System.nanoTime();
        final long startEpoch = Instant.now().getEpochSecond();
        final AtomicBoolean reported = new AtomicBoolean();

        Attempt(Submission submission, int threads) {
            this.submission = submission;
            this.threads = threads;
        }

        String group() {
            return "fmnist-job-" + submission.sequence();
        }

        double seconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }

        /** Reports the outcome unless one was reported already. */
        boolean report(JobOutcome o) {
            if (reported.compareAndSet(false, true)) {
                submission.onDone().accept(o);
                return true;
            }
            return false;
        }
    }

    /**
     * @param sc        the Spark application, which this executor stops when closed
     * @param pool      the FAIR scheduler pool of this run
     * @param function   what runs a job on an executor
     * @param threads    the threads of each job ({@code spark.task.cpus})
     * @param localCores on a {@code local[N]} master whose {@code spark.task.cpus} the engine chose, N: each job then
     *                   gets the threads the local engine would give it, these cores shared among the jobs running
     *                   or waiting, so that the last jobs of a run get the whole machine; else 0
     * @param slots      jobs in flight at once
     * @param timeLimit the most a job may run, or null for no limit
     * @param log       where the run's scheduling overhead is told when the executor closes
     */
    SparkJobExecutor(JavaSparkContext sc, String pool, RunJob function, int threads, int localCores, int slots,
                     Duration timeLimit, Consumer<String> log) {
        this.sc = sc;
        // on local[N], the one executor is the driver's JVM, which joined before this listener: N cores
        this.delays = new SchedulingDelays(threads, sc.isLocal() ? sc.defaultParallelism() / threads : 1);
        this.threads = threads;
        this.localCores = localCores;
        this.slots = slots;
        this.log = log;
        sc.sc().addSparkListener(delays);
        this.pool = pool;
        this.function = function;
        this.timeLimit = timeLimit;
        this.drivers = Executors.newFixedThreadPool(slots, r -> {
            Thread t = new Thread(r, "fmnist-spark-driver");
            t.setDaemon(true);
            return t;
        });
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fmnist-spark-watchdog");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < slots; i++) {
            drivers.execute(this::serve);
        }
    }

    @Override
    public void submitAll(List<Queued> jobs, Consumer<JobOutcome> onDone) {
        if (closed) {
            throw new IllegalStateException("executor closed");
        }
        synchronized (queueing) {
            for (Queued q : jobs) {
                pending.add(new Submission(q.job(), q.priority(), sequence.getAndIncrement(), onDone));
            }
            queueing.notifyAll();
        }
    }

    @Override
    public int workers() {
        return slots;
    }

    @Override
    public int threadsFor(int jobs) {
        return localCores > 0 ? LocalJobExecutor.threadsEach(localCores, slots, jobs) : threads;
    }

    @Override
    public List<RunningJob> running() {
        List<RunningJob> list = new ArrayList<>();
        for (Attempt a : active) {
            list.add(new RunningJob(a.submission.job(), a.threads, a.seconds(), Double.NaN, ""));
        }
        list.sort(Comparator.comparingDouble(RunningJob::seconds).reversed());
        return list;
    }

    @Override
    public void check() throws IOException {
        if (lost == null && !closed && sc.sc().isStopped()) {
            lost = "the Spark application ended (its master or cluster stopped it)";
        }
        if (lost != null) {
            throw new EngineException(lost + "; the finished results are kept: run the same command again to resume",
                    null);
        }
    }

    @Override
    public void close() {
        closed = true;
        drivers.shutdownNow();
        watchdog.shutdownNow();
        for (Attempt a : active) {
            sc.cancelJobGroup(a.group());
        }
        sc.stop();
        String overhead = delays.summary();
        if (overhead != null) {
            log.accept(overhead);
        }
    }

    /** A driver thread: takes the most urgent job and runs it on Spark, until the executor closes. */
    private void serve() {
        while (!closed && lost == null) {
            Submission s;
            int jobs;
            synchronized (queueing) {   // taken and counted at once: no job is between the queue and the count
                try {
                    while ((s = pending.poll()) == null) {
                        queueing.wait();
                    }
                } catch (InterruptedException e) {
                    return;
                }
                taken++;
                jobs = taken + pending.size();   // this job, those other drivers hold, those waiting
            }
            try {
                execute(new Attempt(s, threadsFor(jobs)));
            } finally {
                synchronized (queueing) {
                    taken--;
                }
            }
        }
    }

    private void execute(Attempt a) {
        Job job = a.submission.job();
        active.add(a);
        ScheduledFuture<?> timer = timeLimit == null ? null
                : watchdog.schedule(() -> timeOut(a), timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            sc.setJobGroup(a.group(), job.label(), true);
            sc.setLocalProperty("spark.scheduler.pool", pool);
            delays.submitting(a.group());
            List<String> lines = sc.parallelize(List.of(new RunJob.Task(Json.MAPPER.writeValueAsString(job),
                    a.threads)), 1).map(function).collect();
            a.report(outcome(job, lines));
        } catch (Exception e) {
            String why = SparkFailures.oneLine(e);
            if (closed) {
                return;
            }
            if (sc.sc().isStopped() || why.contains(RunJob.ENGINE_FAILURE)) {
                lost = sc.sc().isStopped() ? "the Spark application ended while " + job.label() + " ran: " + why : why;
                return;
            }
            a.report(JobOutcome.unfinished(job, JobStatus.FAILED, "on Spark: " + why, a.threads,
                    a.startEpoch, a.seconds()));
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
            active.remove(a);
            sc.clearJobGroup();
        }
    }

    private void timeOut(Attempt a) {
        if (a.report(JobOutcome.unfinished(a.submission.job(), JobStatus.TIMED_OUT, "time limit of "
                + timeLimit.toSeconds() + " s reached; its Spark job was cancelled", a.threads,
                a.startEpoch, a.seconds()))) {
            sc.cancelJobGroup(a.group());
        }
    }

    /** The outcome of the submitted job from the executor's result line. */
    static JobOutcome outcome(Job job, List<String> lines) throws IOException {
        if (lines.size() != 1 || lines.get(0).length() > MAX_RESULT_CHARS) {
            throw new IOException("expected one result line of at most " + MAX_RESULT_CHARS + " characters from the "
                    + "executor, got " + lines.size() + " line(s)");
        }
        JobOutcome o = Json.MAPPER.readValue(lines.get(0), RepeatRecord.class).outcome();
        if (o.job().seed() != job.seed() || o.job().repeat() != job.repeat() || !o.job().dataset().equals(job.dataset())
                || !o.job().configuration().family().equals(job.configuration().family())) {
            throw new IOException("the executor returned the result of " + o.job().label() + " for " + job.label());
        }
        return new JobOutcome(job, o.status(), o.accuracy(), o.fitSeconds(), o.predictSeconds(), o.confusion(),
                o.mistakes(), o.threads(), o.startTime(), o.doneTime(), o.error());
    }
}
