package dev.fmnist.classic.run;

import dev.fmnist.classic.cost.CostModel;
import dev.fmnist.classic.job.Job;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's progress in estimated seconds of work rather than in configurations, for the progress bar's share done: a
 * run whose first configurations are the short ones does not look further on than it is. A configuration that ends
 * (early or not) counts as all its work done; a running job counts its CPU time so far, up to nine tenths of its
 * estimate. No job counts for more than the time limit allows it. The ETA beside it is {@link RunForecast}'s.
 */
final class WorkMeter {
    private static final double RUNNING_CAP = 0.9;

    private final Map<ConfigurationRun, Double> perJob = new IdentityHashMap<>();
    private final Map<ConfigurationRun, Integer> planned = new IdentityHashMap<>();
    private final Map<ConfigurationRun, Integer> resumed = new IdentityHashMap<>();

    /**
     * @param cpuCap the most CPU seconds a job can take: the time limit times the threads a job alone gets
     *               (infinite for no limit)
     */
    WorkMeter(List<ConfigurationRun> runs, CostModel cost, double cpuCap) {
        for (ConfigurationRun r : runs) {
            perJob.put(r, Math.min(cpuCap, cost.estimate(r.configuration(), r.dataset().name()).cpuSeconds()));
            planned.put(r, Math.max(1, r.jobsLeft().size()));
            resumed.put(r, r.outcomeCount());
        }
    }

    /** The whole run's estimated work, in hundredths of a second. */
    long total() {
        double sum = 0;
        for (ConfigurationRun r : perJob.keySet()) {
            sum += perJob.get(r) * planned.get(r);
        }
        return Math.round(100 * sum);
    }

    /** The work done so far, in hundredths of a second, given the finished configurations and the running jobs. */
    long done(Collection<ConfigurationRun> finished, List<RunningJob> running) {
        double sum = 0;
        for (ConfigurationRun r : perJob.keySet()) {
            int jobs = finished.contains(r) ? planned.get(r)
                    : Math.min(planned.get(r), r.outcomeCount() - resumed.get(r));
            sum += perJob.get(r) * jobs;
        }
        for (RunningJob j : running) {
            ConfigurationRun r = find(j.job());
            if (r != null) {
                sum += Math.min(j.seconds() * j.threads(), RUNNING_CAP * perJob.get(r));
            }
        }
        return Math.min(total(), Math.round(100 * sum));
    }

    private ConfigurationRun find(Job job) {
        for (ConfigurationRun r : perJob.keySet()) {
            if (r.dataset().name().equals(job.dataset()) && r.configuration().equals(job.configuration())) {
                return r;
            }
        }
        return null;
    }
}
