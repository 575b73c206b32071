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
 * stops the configuration.
 */
final class ConfigurationRun {
    /** Two repeats closer than this are taken as the same result (as in the original benchmark). */
    static final double AGREEMENT = 1e-3;

    private final Configuration configuration;
    private final PreparedDataset dataset;
    private final int order;
    private final int repeats;
    private final Map<Integer, JobOutcome> outcomes = new TreeMap<>();
    private final Set<Integer> inFlight = new HashSet<>();

    /**
     * @param order    this configuration's place in the run (earlier ones start first)
     * @param repeats  the most repeats to run
     * @param finished outcomes already recorded (a resumed run); only successful ones of this dataset's classes
     *                 are kept
     */
    ConfigurationRun(Configuration configuration, PreparedDataset dataset, int order, int repeats,
                     Collection<JobOutcome> finished) {
        this.configuration = configuration;
        this.dataset = dataset;
        this.order = order;
        this.repeats = repeats;
        for (JobOutcome o : finished) {
            int r = o.job().repeat();
            if (o.ok() && r < repeats && o.job().seed() == Job.seed(configuration, dataset.name(), r)
                    && o.confusion().length == dataset.classCount()) {
                outcomes.put(r, o);
            }
        }
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
        for (int r = 0; r < wanted(); r++) {
            if (!outcomes.containsKey(r) && inFlight.add(r)) {
                jobs.add(Job.of(configuration, dataset.name(), r));
            }
        }
        return jobs;
    }

    /**
     * The jobs it may still run, those running or waiting to start included: every repeat not done, of all the
     * repeats asked for until the first two tell whether more are needed; none more once one did not succeed.
     */
    List<Job> jobsLeft() {
        List<Job> jobs = new ArrayList<>();
        boolean decided = repeats <= 2 || outcomes.containsKey(0) && outcomes.containsKey(1);
        int last = failed() ? 0 : decided ? wanted() : repeats;
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
