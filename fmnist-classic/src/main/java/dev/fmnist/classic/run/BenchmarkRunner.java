package dev.fmnist.classic.run;

import dev.fmnist.classic.job.JobStatus;
import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.job.Job;
import dev.fmnist.classic.cost.CostModel;
import dev.fmnist.classic.features.PreparedDataset;
import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.estimator.FamilyRegistry;
import dev.fmnist.classic.results.RepeatRecord;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.classic.results.ResultsStore;
import dev.fmnist.classic.results.RunEnvironment;
import dev.fmnist.data.progress.ConsoleProgress;
import dev.fmnist.data.progress.Progress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a benchmark: every configuration on every dataset, its repeats as jobs on a {@link JobExecutor}, each
 * finished job journaled and each finished configuration appended to the results at once. Configurations the
 * results directory already holds are skipped, and repeats journaled by an interrupted run are kept, so running the
 * same benchmark again resumes it. A result that timed out is retried only under a longer time limit (or none); one
 * with fewer repeats than asked for, that did not stop early, gets its missing repeats. A configuration the cost
 * model expects to run past the time limit runs its first repeat alone: a time-out there ends it.
 */
public final class BenchmarkRunner {
    private final JobExecutor executor;
    private final ResultsStore store;
    private final FamilyRegistry families;
    private final RunEnvironment environment;
    private final CostModel cost;

    /**
     * What to run.
     *
     * @param configurations   the grid's configurations
     * @param datasets         the datasets, prepared
     * @param repeats          the most repeats per configuration (fewer when the first two agree)
     * @param timeLimitSeconds the per-job time limit the executor enforces, recorded with results (null: none)
     */
    public record Plan(List<Configuration> configurations, List<PreparedDataset> datasets, int repeats,
                       Long timeLimitSeconds) {
        public Plan {
            configurations = List.copyOf(configurations);
            datasets = List.copyOf(datasets);
            if (repeats < 1) {
                throw new IllegalArgumentException("repeats must be at least 1, not " + repeats);
            }
        }
    }

    /**
     * What a run did.
     *
     * @param skipped   configurations already in the results
     * @param finished  configurations finished by this run
     * @param ok        of those, how many succeeded
     * @param timedOut  how many timed out
     * @param failed    how many failed
     * @param jobs      jobs this run executed
     */
    public record Summary(int skipped, int finished, int ok, int timedOut, int failed, int jobs) {
    }

    /**
     * @param cost the cost model behind the progress bar and its ETA (seconds of work per job)
     */
    public BenchmarkRunner(JobExecutor executor, ResultsStore store, FamilyRegistry families, RunEnvironment environment,
                           CostModel cost) {
        this.executor = executor;
        this.store = store;
        this.families = families;
        this.environment = environment;
        this.cost = cost;
    }

    /**
     * Runs the plan to the end.
     *
     * @param progress receives the estimated work done (hundredths of a second, {@link WorkMeter}), with the
     *                 configurations done and the running jobs as detail, and the seconds left
     *                 ({@link RunForecast}); made once the total work is known
     * @param log      receives one line per finished configuration, and notes such as what is resumed
     */
    public Summary run(Plan plan, Function<Long, Progress> progress, Consumer<String> log)
            throws IOException, InterruptedException {
        List<ConfigurationRun> runs = new ArrayList<>();
        double limit = DryRun.wallLimit(plan.timeLimitSeconds());
        int busyThreads = executor.threadsFor(executor.workers());
        int skipped = 0;
        int extended = 0;
        for (Configuration c : plan.configurations()) {
            for (PreparedDataset d : plan.datasets()) {
                Optional<ResultRecord> previous = store.result(d.name(), c);
                if (previous.isPresent() && stands(previous.get(), plan.repeats(), plan.timeLimitSeconds())) {
                    skipped++;
                    continue;
                }
                if (previous.isPresent() && lacksRepeats(previous.get(), plan.repeats())) {
                    extended++;
                }
                List<JobOutcome> journaled = store.repeats(d.name(), c).stream().map(RepeatRecord::outcome).toList();
                boolean firstAlone = ConfigurationRun.runsPastLimit(cost.estimate(c, d.name()).cpuSeconds(),
                        busyThreads, limit);
                runs.add(new ConfigurationRun(c, d, runs.size(), plan.repeats(), journaled, firstAlone));
            }
        }
        int resumedJobs = runs.stream().mapToInt(ConfigurationRun::outcomeCount).sum();
        if (skipped > 0 || resumedJobs > 0) {
            log.accept(String.format(Locale.ROOT, "resuming from %s: %d of %d configurations already done%s",
                    store.dir(), skipped, skipped + runs.size(),
                    resumedJobs > 0 ? ", " + resumedJobs + " finished repeats kept" : ""));
        }
        if (extended > 0) {
            log.accept(String.format(Locale.ROOT, "%d configuration%s recorded with fewer repeats than the %d asked "
                    + "for: running the missing repeats", extended, extended == 1 ? " was" : "s were", plan.repeats()));
        }
        LinkedBlockingQueue<JobOutcome> outcomes = new LinkedBlockingQueue<>();
        int ok = 0;
        int timedOut = 0;
        int failed = 0;
        int jobs = 0;
        int finished = 0;
        List<ConfigurationRun> open = new ArrayList<>(runs);
        List<ConfigurationRun> closed = new ArrayList<>();
        WorkMeter meter = new WorkMeter(runs, cost, limit * executor.threadsFor(1));
        RunForecast forecast = new RunForecast(cost, executor.workers(), executor::threadsFor,
                meter.total() / 100.0, limit);
        try (Progress bar = progress.apply(meter.total())) {
            start(runs, outcomes);
            while (!open.isEmpty()) {
                List<ConfigurationRun> done = new ArrayList<>();
                for (ConfigurationRun r : open) {
                    if (r.done()) {
                        done.add(r);
                    }
                }
                for (ConfigurationRun r : done) {
                    open.remove(r);
                    closed.add(r);
                    ResultRecord rec = ResultRecord.of(r.outcomes(), r.dataset().payloadSha256(),
                            families.get(r.configuration().family()).library(), plan.timeLimitSeconds(), environment);
                    store.append(rec);
                    finished++;
                    switch (rec.status()) {
                        case OK -> ok++;
                        case TIMED_OUT -> timedOut++;
                        case FAILED -> failed++;
                    }
                    log.accept(describe(rec, r.stoppedEarly()));
                }
                List<RunningJob> running = executor.running();
                bar.secondsLeft(forecast.secondsLeft(waiting(open, running), running));
                bar.update(meter.done(closed, running), finished + "/" + runs.size() + " configurations, "
                        + running(jobs, running));
                if (open.isEmpty()) {
                    break;
                }
                executor.check();
                JobOutcome o = outcomes.poll(1, TimeUnit.SECONDS);
                if (o != null) {
                    jobs++;
                    forecast.finished(o);
                    store.append(RepeatRecord.of(o));
                    ConfigurationRun r = find(open, o.job());
                    r.record(o);
                    start(List.of(r), outcomes);
                }
            }
        }
        return new Summary(skipped, finished, ok, timedOut, failed, jobs);
    }

    /**
     * Whether a result has fewer repeats than asked for and did not stop early (as two agreeing repeats do), so
     * that its missing repeats are to run: a later run with more {@code --repeats} extends it.
     */
    private static boolean lacksRepeats(ResultRecord previous, int repeats) {
        if (previous.status() != JobStatus.OK || previous.numRepeat() >= repeats) {
            return false;
        }
        List<Double> score = previous.score();
        return previous.numRepeat() < 2
                || Math.abs(score.get(0) - score.get(1)) >= ConfigurationRun.AGREEMENT;
    }

    /**
     * Whether a recorded result stands as it is: a run neither extends it with more repeats nor retries it under a
     * longer time limit.
     */
    static boolean stands(ResultRecord previous, int repeats, Long timeLimit) {
        return !lacksRepeats(previous, repeats) && !retry(previous, timeLimit);
    }

    /** Whether a recorded result is run again: only one that timed out, under a longer time limit (or none). */
    private static boolean retry(ResultRecord previous, Long timeLimit) {
        if (previous.status() != JobStatus.TIMED_OUT) {
            return false;
        }
        Long before = previous.timeLimitSeconds();
        return before != null && (timeLimit == null || timeLimit > before);
    }

    /** Queues the jobs the configurations are to start now, all together. */
    private void start(List<ConfigurationRun> runs, LinkedBlockingQueue<JobOutcome> outcomes) {
        List<JobExecutor.Queued> jobs = new ArrayList<>();
        for (ConfigurationRun r : runs) {
            for (Job j : r.jobsToStart()) {
                jobs.add(new JobExecutor.Queued(j, r.order()));
            }
        }
        executor.submitAll(jobs, outcomes::add);
    }

    private static ConfigurationRun find(List<ConfigurationRun> open, Job job) {
        for (ConfigurationRun r : open) {
            if (r.dataset().name().equals(job.dataset()) && r.configuration().equals(job.configuration())) {
                return r;
            }
        }
        throw new IllegalStateException("an outcome for a job this run did not submit: " + job.label());
    }

    /** The jobs still to start, in the order they would: those the open configurations may run, less the running. */
    private static List<Job> waiting(List<ConfigurationRun> open, List<RunningJob> running) {
        List<Job> jobs = new ArrayList<>();
        for (ConfigurationRun r : open) {
            jobs.addAll(r.jobsLeft());
        }
        for (RunningJob j : running) {
            jobs.remove(j.job());
        }
        return jobs;
    }

    private static String running(int jobsDone, List<RunningJob> running) {
        StringBuilder sb = new StringBuilder().append(jobsDone).append(" jobs done");
        if (!running.isEmpty()) {
            sb.append("; running:");
            for (RunningJob j : running) {
                sb.append(' ').append(j.job().configuration().family()).append('/').append(j.job().dataset())
                        .append('#').append(j.job().repeat() + 1).append(' ')
                        .append(ConsoleProgress.duration(j.seconds()));
                if (!j.detail().isEmpty()) {
                    sb.append(" (").append(j.detail()).append(')');
                }
            }
        }
        return sb.toString();
    }

    private static String describe(ResultRecord r, boolean stoppedEarly) {
        String what = r.configuration().key() + " on " + r.dataset() + ": ";
        if (r.numRepeat() == 0) {
            return what + r.status().json().replace('_', ' ') + " (" + r.error() + ")";
        }
        String s = String.format(Locale.ROOT, "%.4f%s (%d repeat%s%s, fit %.1f s, predict %.1f s)",
                r.meanAccuracy(), r.numRepeat() == 1 ? "" : String.format(Locale.ROOT, " ± %.4f", r.stdAccuracy()),
                r.numRepeat(), r.numRepeat() == 1 ? "" : "s",
                stoppedEarly ? ", stopped early: the first two agree" : "", r.meanFitSeconds(),
                r.meanPredictSeconds());
        return what + s + (r.status() == JobStatus.OK ? "" : "; then " + r.error());
    }
}
