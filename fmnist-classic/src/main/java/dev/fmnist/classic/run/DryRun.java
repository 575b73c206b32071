package dev.fmnist.classic.run;

import dev.fmnist.classic.cost.CostModel;
import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.job.Job;
import dev.fmnist.classic.results.RepeatRecord;
import dev.fmnist.classic.results.ResultsIndex;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.estimator.FamilyRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code fmnist benchmark --dry-run} shows: the jobs a run would execute (those already in the results left
 * out), each with its estimated time and memory, and the whole run's CPU time and wall time on the chosen workers,
 * from the {@link CostModel}. The wall time replays the local executor's schedule ({@link WorkerSchedule}): jobs in
 * the grid's order, each on the first free worker, with the cores shared among the jobs running and waiting. A
 * configuration expected to run past the time limit is planned as its first repeat only, as the runner runs it;
 * one that trains the same model as another whose result stands or which runs ({@link EquivalentConfigurations})
 * takes that result, with no job.
 *
 * @param jobs        the jobs, in the order they would start
 * @param shared      results (a configuration on a dataset) that would record an equivalent configuration's result
 *                    rather than run
 * @param cpuSeconds  the CPU seconds of all of them
 * @param wallSeconds the estimated wall time of the run
 * @param workers     jobs at once
 * @param cores       the cores the workers share
 * @param cost        the model behind the figures
 */
public record DryRun(List<JobEstimate> jobs, int shared, double cpuSeconds, double wallSeconds, int workers, int cores,
                     CostModel cost) {

    /**
     * One job's estimate.
     *
     * @param job         the job
     * @param cpuSeconds  seconds of one core it takes
     * @param threads     the threads it would get
     * @param wallSeconds its wall time with those threads
     * @param memoryBytes what it reserves of the memory budget
     * @param source      where the time comes from ({@code measured here}, {@code reference}, {@code like ...})
     */
    public record JobEstimate(Job job, double cpuSeconds, int threads, double wallSeconds, long memoryBytes,
                              String source) {
    }

    /**
     * Plans a run without running it.
     *
     * @param done what the results directory a run would resume holds (its results are skipped)
     */
    public static DryRun plan(List<Configuration> configurations, List<DatasetSpec> datasets, int repeats,
                              Long timeLimitSeconds, int workers, int cores, ResultsIndex done,
                              FamilyRegistry families, CostModel cost) {
        double limit = wallLimit(timeLimitSeconds);
        int busyThreads = LocalJobExecutor.threadsEach(cores, workers, workers);
        List<Job> jobs = new ArrayList<>();
        Set<Job> alone = new HashSet<>();
        EquivalentConfigurations equivalents = new EquivalentConfigurations(configurations, families, done::result,
                repeats, timeLimitSeconds);
        int shared = 0;
        for (Configuration c : configurations) {
            for (DatasetSpec d : datasets) {
                if (equivalents.stands(c, d.name())) {
                    continue;
                }
                if (!equivalents.source(c, d.name()).key().equals(c.key())) {
                    shared++;
                    continue;
                }
                Set<Integer> kept = kept(done, c, d.name(), repeats);
                // expected to time out: its first repeat runs alone, and a time-out ends the configuration
                boolean firstAlone = !kept.contains(0) && ConfigurationRun.runsPastLimit(
                        cost.estimate(c, d.name()).cpuSeconds(), busyThreads, limit);
                for (int r = 0; r < (firstAlone ? 1 : repeats); r++) {
                    if (!kept.contains(r)) {
                        jobs.add(Job.of(c, d.name(), r));
                    }
                }
                if (firstAlone && repeats > 1) {
                    alone.add(Job.of(c, d.name(), 0));
                }
            }
        }
        WorkerSchedule schedule = new WorkerSchedule(workers,
                jobsSharing -> LocalJobExecutor.threadsEach(cores, workers, jobsSharing), List.of(), limit);
        List<JobEstimate> estimates = new ArrayList<>();
        double cpu = 0;
        for (int i = 0; i < jobs.size(); i++) {
            Job j = jobs.get(i);
            DatasetSpec d = datasets.stream().filter(s -> s.name().equals(j.dataset())).findFirst().orElseThrow();
            CostModel.Estimate e = cost.estimate(j.configuration(), j.dataset());
            WorkerSchedule.Placement p = schedule.place(e.cpuSeconds(), jobs.size() - i);
            long memory = JobRunner.memoryEstimate(families.get(j.configuration().family())
                    .trainer(j.configuration().parameters()), d.count(FileRole.TRAIN_IMAGES),
                    DatasetSpec.ROWS * DatasetSpec.COLS);
            boolean stopped = ConfigurationRun.runsPastLimit(e.cpuSeconds(), p.threads(), limit);
            double jobCpu = stopped ? limit * p.threads() : e.cpuSeconds();
            cpu += jobCpu;
            String source = e.source() + (stopped ? "; stopped at the time limit" : "")
                    + (alone.contains(j) ? "; its other repeats only if it finishes" : "");
            estimates.add(new JobEstimate(j, jobCpu, p.threads(), p.wallSeconds(), memory, source));
        }
        return new DryRun(estimates, shared, cpu, schedule.end(), workers, cores, cost);
    }

    /** The journaled repeats a run would keep ({@link ConfigurationRun#keeps}). */
    private static Set<Integer> kept(ResultsIndex done, Configuration c, String dataset, int repeats) {
        Set<Integer> kept = new HashSet<>();
        for (RepeatRecord r : done.repeats(dataset, c)) {
            if (ConfigurationRun.keeps(r.outcome(), c, dataset, repeats)) {
                kept.add(r.outcome().job().repeat());
            }
        }
        return kept;
    }

    /** The most wall seconds a job runs under a time limit (infinite for none). */
    static double wallLimit(Long timeLimitSeconds) {
        return timeLimitSeconds == null ? Double.POSITIVE_INFINITY : timeLimitSeconds;
    }
}
