package dev.fmnist.classic.run;

import dev.fmnist.classic.cost.CostModel;
import dev.fmnist.classic.job.Job;
import dev.fmnist.classic.job.JobOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The time a run in progress has left, from the same cost model and the same schedule as the dry run: the jobs
 * still to start replayed on the workers ({@link WorkerSchedule}) after the running ones. Two things the dry run
 * cannot know correct it as the run goes:
 * <ul>
 * <li>how this run's jobs fare against the model (a loaded machine, a model off for this grid): every estimate is
 * scaled by the CPU time the finished jobs took over their estimates, with a quarter of the run's estimated work
 * (at least {@link #PRIOR_SECONDS}) of the model's own word, so that the first jobs do not decide alone; a running
 * job counts as on its estimate until it has run past it, then as what it took so far (its share done does not
 * tell its pace: a one-vs-rest SGD's classes take from 20 to 1,000 epochs); a family whose jobs have shown their
 * own pace keeps it ({@link Pace});</li>
 * <li>how far each running job got: where its trainer reports its share done {@code f} (trees, classes, rounds,
 * epochs), the rest at its pace so far, weighed by {@code f}<sup>2</sup> against the scaled estimate, so that a
 * first coarse step says little; the estimate, from four fifths of it used up on, gives a quarter of its time so
 * far again.</li>
 * </ul>
 * No job is counted past the run's time limit, where the executor stops it.
 */
final class RunForecast {
    /** The fewest CPU seconds of the model's own word in the pace. */
    static final double PRIOR_SECONDS = 60;
    /** The share of the run's estimated work that the model's own word in the pace amounts to. */
    static final double PRIOR_SHARE = 0.25;
    /** By the model, the least a running job still needs: this share of its time so far. */
    static final double OVERRUN_SHARE = 0.25;
    /** The key of every job's figures, beside the families'. */
    private static final String ALL = "";

    private final CostModel cost;
    private final int workers;
    private final IntUnaryOperator threadsFor;
    private final double prior;
    private final double wallLimit;
    private final Map<String, Double> estimates = new HashMap<>();
    /** CPU seconds taken and estimated of the finished jobs: all of them ({@link #ALL}) and per family. */
    private final Map<String, double[]> finished = new HashMap<>();

    /**
     * @param threadsFor  the threads a job starting gets, given the jobs running or waiting ({@link
     *                    JobExecutor#threadsFor})
     * @param workSeconds the run's estimated CPU seconds, all its jobs together
     * @param wallLimit   the most seconds a job runs (the run's time limit; infinite for none)
     */
    RunForecast(CostModel cost, int workers, IntUnaryOperator threadsFor, double workSeconds, double wallLimit) {
        this.cost = cost;
        this.workers = Math.max(1, workers);
        this.threadsFor = threadsFor;
        this.prior = Math.max(PRIOR_SECONDS, PRIOR_SHARE * workSeconds);
        this.wallLimit = wallLimit;
    }

    /** Counts a finished job of this run (one that did not succeed says nothing about its cost). */
    void finished(JobOutcome o) {
        if (o.ok()) {
            count(finished, o.job(), (o.fitSeconds() + o.predictSeconds()) * Math.max(1, o.threads()),
                    estimate(o.job()));
        }
    }

    /**
     * Seconds until the run ends.
     *
     * @param waiting the jobs not started yet, in the order they would start
     * @param running the jobs running now
     */
    double secondsLeft(List<Job> waiting, List<RunningJob> running) {
        Pace pace = pace(running);
        List<Double> busy = new ArrayList<>();
        for (RunningJob j : running) {
            busy.add(remaining(j, pace.of(j.job())));
        }
        WorkerSchedule schedule = new WorkerSchedule(workers, threadsFor, busy, wallLimit);
        for (int i = 0; i < waiting.size(); i++) {
            Job j = waiting.get(i);
            schedule.place(estimate(j) * pace.of(j), waiting.size() - i);
        }
        return schedule.end();
    }

    /**
     * How many times the model's estimates this run's jobs take.
     *
     * @param all      over every job, with running jobs counted as far as they have got
     * @param families per family whose jobs have shown their own (finished, or running past the estimate), drawn
     *                 toward {@code all} as the run's are toward the model: the model's errors are mostly a family's
     *                 (a one-vs-rest L1 logistic regression's cost grows tenfold with C), a busy machine's are all
     */
    record Pace(double all, Map<String, Double> families) {
        /** The pace of the jobs like {@code j}. */
        double of(Job j) {
            return families.getOrDefault(j.configuration().family(), all);
        }
    }

    /** The run's pace, as far as its jobs have got. */
    Pace pace(List<RunningJob> running) {
        Map<String, double[]> shown = new HashMap<>();
        finished.forEach((k, v) -> shown.put(k, v.clone()));
        double[] all = shown.computeIfAbsent(ALL, k -> new double[2]);
        for (RunningJob j : running) {
            double used = j.seconds() * j.threads();
            double e = estimate(j.job());
            if (used > e) {
                count(shown, j.job(), used, e);
            } else {
                all[0] += used;
                all[1] += used;
            }
        }
        double pace = (prior + all[0]) / (prior + all[1]);
        Map<String, Double> families = new HashMap<>();
        shown.forEach((family, v) -> {
            if (!family.equals(ALL)) {
                families.put(family, (prior * pace + v[0]) / (prior + v[1]));
            }
        });
        return new Pace(pace, families);
    }

    /** Adds a job's CPU seconds taken and estimated to its family's and to everyone's. */
    private static void count(Map<String, double[]> to, Job j, double took, double given) {
        for (String key : List.of(ALL, j.configuration().family())) {
            double[] v = to.computeIfAbsent(key, k -> new double[2]);
            v[0] += took;
            v[1] += given;
        }
    }

    /** The wall seconds a running job still needs: by the model and its share done, and to the time limit at most. */
    double remaining(RunningJob j, double pace) {
        return Math.min(Math.max(0, wallLimit - j.seconds()), unlimited(j, pace));
    }

    private double unlimited(RunningJob j, double pace) {
        double t = j.seconds();
        double byModel = Math.max(estimate(j.job()) * pace / Math.max(1, j.threads()) - t, OVERRUN_SHARE * t);
        double f = j.fraction();
        if (!(f > 0)) {
            return byModel;
        }
        double byPace = t * (1 - f) / f;
        double w = f * f;
        return w * byPace + (1 - w) * byModel;
    }

    private double estimate(Job j) {
        return estimates.computeIfAbsent(j.configuration().key() + " on " + j.dataset(),
                k -> cost.estimate(j.configuration(), j.dataset()).cpuSeconds());
    }
}
