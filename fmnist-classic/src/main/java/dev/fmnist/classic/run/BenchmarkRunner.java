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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * model expects to run past the time limit runs its first repeat alone: a time-out there ends it. Configurations
 * that train the same model ({@link EquivalentConfigurations}) run once: the others record that result as their own,
 * with {@code same_as} naming the one that ran.
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
     * @param shared    of the finished, how many recorded the result of an equivalent configuration
     * @param jobs      jobs this run executed
     */
    public record Summary(int skipped, int finished, int ok, int timedOut, int failed, int shared, int jobs) {
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
        Map<String, ConfigurationRun> runOf = new HashMap<>();
        Map<ConfigurationRun, List<Configuration>> sharing = new HashMap<>();
        List<ResultRecord> sharedAtOnce = new ArrayList<>();
        EquivalentConfigurations equivalents = new EquivalentConfigurations(plan.configurations(), families,
                store::result, plan.repeats(), plan.timeLimitSeconds());
        double limit = DryRun.wallLimit(plan.timeLimitSeconds());
        int busyThreads = executor.threadsFor(executor.workers());
        int skipped = 0;
        int extended = 0;
        for (Configuration c : plan.configurations()) {
            for (PreparedDataset d : plan.datasets()) {
                if (equivalents.stands(c, d.name())) {
                    skipped++;
                    continue;
                }
                Configuration source = equivalents.source(c, d.name());
                if (!source.key().equals(c.key())) {
                    ConfigurationRun run = runOf.get(ResultRecord.key(d.name(), source));
                    if (run == null) { // the source's result stands
                        sharedAtOnce.add(store.result(d.name(), source).orElseThrow().sharedWith(c));
                    } else {
                        sharing.computeIfAbsent(run, r -> new ArrayList<>()).add(c);
                    }
                    continue;
                }
                Optional<ResultRecord> previous = store.result(d.name(), c);
                if (previous.isPresent() && lacksRepeats(previous.get(), plan.repeats())) {
                    extended++;
                }
                List<JobOutcome> journaled = store.repeats(d.name(), c).stream().map(RepeatRecord::outcome).toList();
                boolean firstAlone = ConfigurationRun.runsPastLimit(cost.estimate(c, d.name()).cpuSeconds(),
                        busyThreads, limit);
                ConfigurationRun run = new ConfigurationRun(c, d, runs.size(), plan.repeats(), journaled, firstAlone);
                runs.add(run);
                runOf.put(ResultRecord.key(d.name(), c), run);
            }
        }
        int resumedJobs = runs.stream().mapToInt(ConfigurationRun::outcomeCount).sum();
        if (skipped > 0 || resumedJobs > 0) {
            log.accept(String.format(Locale.ROOT, "resuming from %s: %d of %d configurations already done%s",
                    store.dir(), skipped, skipped + runs.size() + sharedAtOnce.size()
                            + sharing.values().stream().mapToInt(List::size).sum(),
                    resumedJobs > 0 ? ", " + resumedJobs + " finished repeats kept" : ""));
        }
        if (extended > 0) {
            log.accept(String.format(Locale.ROOT, "%d configuration%s recorded with fewer repeats than the %d asked "
                    + "for: running the missing repeats", extended, extended == 1 ? " was" : "s were", plan.repeats()));
        }
        Tally tally = new Tally();
        for (ResultRecord shared : sharedAtOnce) {
            record(shared, false, tally, log);
        }
        LinkedBlockingQueue<JobOutcome> outcomes = new LinkedBlockingQueue<>();
        int jobs = 0;
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
                    record(rec, r.stoppedEarly(), tally, log);
                    for (Configuration c : sharing.getOrDefault(r, List.of())) {
                        record(rec.sharedWith(c), r.stoppedEarly(), tally, log);
                    }
                }
                List<RunningJob> running = executor.running();
                bar.secondsLeft(forecast.secondsLeft(waiting(open, running), running));
                bar.update(meter.done(closed, running), closed.size() + "/" + runs.size() + " configurations, "
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
        return new Summary(skipped, tally.finished, tally.ok, tally.timedOut, tally.failed, tally.shared, jobs);
    }

    /** The configurations a run finished, by how. */
    private static final class Tally {
        int finished;
        int ok;
        int timedOut;
        int failed;
        int shared;
    }

    /** Appends a finished configuration's result, tells the log and counts it. */
    private void record(ResultRecord rec, boolean stoppedEarly, Tally tally, Consumer<String> log) throws IOException {
        store.append(rec);
        tally.finished++;
        switch (rec.status()) {
            case OK -> tally.ok++;
            case TIMED_OUT -> tally.timedOut++;
            case FAILED -> tally.failed++;
        }
        if (rec.sameAs() != null) {
            tally.shared++;
        }
        log.accept(describe(rec, stoppedEarly));
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

    private static String sameAs(ResultRecord r) {
        return r.sameAs() == null ? "" : "; the result of " + r.sameAs() + ", which trains the same model";
    }

    private static String describe(ResultRecord r, boolean stoppedEarly) {
        String what = r.configuration().key() + " on " + r.dataset() + ": ";
        if (r.numRepeat() == 0) {
            return what + r.status().json().replace('_', ' ') + " (" + r.error() + ")" + sameAs(r);
        }
        String s = String.format(Locale.ROOT, "%.4f%s (%d repeat%s%s, fit %.1f s, predict %.1f s)",
                r.meanAccuracy(), r.numRepeat() == 1 ? "" : String.format(Locale.ROOT, " ± %.4f", r.stdAccuracy()),
                r.numRepeat(), r.numRepeat() == 1 ? "" : "s",
                stoppedEarly ? ", stopped early: the first two agree" : "", r.meanFitSeconds(),
                r.meanPredictSeconds());
        return what + s + (r.status() == JobStatus.OK ? "" : "; then " + r.error()) + sameAs(r);
    }
}
