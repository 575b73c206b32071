package dev.fmnist.classic.run;

import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.job.Job;
import dev.fmnist.classic.features.PreparedDataset;
import dev.fmnist.classic.grid.Configuration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The repeats of one configuration on one dataset, and the original benchmark's rule for how many to run: the
 * first two run together; if their accuracies agree within {@link #AGREEMENT} the classifier ignores the training
 * order and the configuration stops there, otherwise the remaining repeats run. A repeat that does not succeed
 * stops the configuration; so a configuration expected to run past the time limit runs its first repeat alone, and
 * the others only once it succeeded, rather than spend a worker on a second time-out.
 */
final class ConfigurationRun {
    /** Two repeats closer than this are taken as the same result (as in the original benchmark). */
    static final double AGREEMENT = 1e-3;

    private final Configuration configuration;
    private final PreparedDataset dataset;
    private final int order;
    private final int repeats;
    private final boolean firstAlone;
    private final Map<Integer, JobOutcome> outcomes = new TreeMap<>();
    private final Set<Integer> inFlight = new HashSet<>();

    /**
     * @param order    this configuration's place in the run (earlier ones start first)
     * @param repeats  the most repeats to run
     * @param finished   outcomes already recorded (a resumed run); only successful ones of this dataset's classes
     *                   are kept
     * @param firstAlone whether the first repeat runs alone ({@link #runsPastLimit})
     */
    ConfigurationRun(Configuration configuration, PreparedDataset dataset, int order, int repeats,
                     Collection<JobOutcome> finished, boolean firstAlone) {
        this.configuration = configuration;
        this.dataset = dataset;
        this.order = order;
        this.repeats = repeats;
        this.firstAlone = firstAlone;
        for (JobOutcome o : finished) {
            if (keeps(o, configuration, dataset.name(), repeats) && o.confusion().length == dataset.classCount()) {
                outcomes.put(o.job().repeat(), o);
            }
        }
    }

    /**
     * Whether a resumed run keeps a journaled outcome of {@code c} on {@code dataset}: successful, one of the
     * {@code repeats} asked for, with that repeat's seed.
     */
    static boolean keeps(JobOutcome o, Configuration c, String dataset, int repeats) {
        int r = o.job().repeat();
        return o.ok() && r < repeats && o.job().seed() == Job.seed(c, dataset, r);
    }

    /**
     * Whether a job estimated at {@code cpuSeconds} of one core runs into the time limit on {@code threads}: the
     * executor stops it there.
     *
     * @param wallLimit the time limit in seconds (infinite for none)
     */
    static boolean runsPastLimit(double cpuSeconds, int threads, double wallLimit) {
        return Double.isFinite(wallLimit) && cpuSeconds / threads >= wallLimit;
    }

    Configuration configuration() {
        return configuration;
    }

    PreparedDataset dataset() {
        return dataset;
    }

    int order() {
        return order;
    }

    /** Repeats already done when the run started or since. */
    int outcomeCount() {
        return outcomes.size();
    }

    /** Records a job's outcome. */
    void record(JobOutcome o) {
        inFlight.remove(o.job().repeat());
        outcomes.put(o.job().repeat(), o);
    }

    /** The jobs to start now (they count as running from here on). */
    List<Job> jobsToStart() {
        List<Job> jobs = new ArrayList<>();
        if (failed()) {
            return jobs;
        }
        int upTo = waitsForFirst() ? 1 : wanted();
        for (int r = 0; r < upTo; r++) {
            if (!outcomes.containsKey(r) && inFlight.add(r)) {
                jobs.add(Job.of(configuration, dataset.name(), r));
            }
        }
        return jobs;
    }

    /**
     * The jobs it may still run, those running or waiting to start included: every repeat not done, of all the
     * repeats asked for until the first two tell whether more are needed; only the first while it runs alone, as
     * it is expected to time out; none more once one did not succeed.
     */
    List<Job> jobsLeft() {
        List<Job> jobs = new ArrayList<>();
        boolean decided = repeats <= 2 || outcomes.containsKey(0) && outcomes.containsKey(1);
        int last = failed() ? 0 : waitsForFirst() ? 1 : decided ? wanted() : repeats;
        for (int r = 0; r < repeats; r++) {
            if (!outcomes.containsKey(r) && (r < last || inFlight.contains(r))) {
                jobs.add(Job.of(configuration, dataset.name(), r));
            }
        }
        return jobs;
    }

    /** Whether every repeat it needs has ended (or one did not succeed and none is still running). */
    boolean done() {
        if (!inFlight.isEmpty()) {
            return false;
        }
        if (failed()) {
            return true;
        }
        for (int r = 0; r < wanted(); r++) {
            if (!outcomes.containsKey(r)) {
                return false;
            }
        }
        return true;
    }

    /** Whether it stopped after two repeats because they agreed. */
    boolean stoppedEarly() {
        return repeats > 2 && wanted() == 2;
    }

    /** Every outcome, in repeat order. */
    List<JobOutcome> outcomes() {
        return List.copyOf(outcomes.values());
    }

    /** Whether only the first repeat may run now: it runs alone and has not ended. */
    private boolean waitsForFirst() {
        return firstAlone && !outcomes.containsKey(0);
    }

    private boolean failed() {
        return outcomes.values().stream().anyMatch(o -> !o.ok());
    }

    private int wanted() {
        JobOutcome a = outcomes.get(0);
        JobOutcome b = outcomes.get(1);
        if (repeats <= 2 || a == null || b == null) {
            return Math.min(2, repeats);
        }
        return Math.abs(a.accuracy() - b.accuracy()) < AGREEMENT ? 2 : repeats;
    }
}
