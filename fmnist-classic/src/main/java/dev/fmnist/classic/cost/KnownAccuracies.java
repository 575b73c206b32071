package dev.fmnist.classic.cost;

import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.job.JobStatus;
import dev.fmnist.classic.results.ResultRecord;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The test accuracy each configuration is known to reach on a dataset, from (in order) this machine's results, the
 * reference results shipped with fmnist, and the accuracies recorded with the built-in cost figures. Accuracy does
 * not depend on the machine (runs are seeded), so no figure is scaled; only successful results count.
 */
public final class KnownAccuracies {
    /**
     * A known accuracy.
     *
     * @param accuracy mean test accuracy
     * @param source   where it is known from: {@code measured here}, {@code reference} or {@code built-in}
     */
    public record Known(double accuracy, String source) {
    }

    private final Map<String, Known> byKey = new LinkedHashMap<>();

    private KnownAccuracies() {
    }

    /**
     * @param here      results measured on this machine
     * @param reference the reference results shipped with fmnist
     */
    public static KnownAccuracies of(Collection<ResultRecord> here, Collection<ResultRecord> reference) {
        KnownAccuracies k = new KnownAccuracies();
        for (BuiltInCosts.Entry e : BuiltInCosts.entries()) {
            if (e.accuracy() != null) {
                k.byKey.put(ResultRecord.key(BuiltInCosts.DATASET, e.configuration()),
                        new Known(e.accuracy(), "built-in"));
            }
        }
        k.add(reference, "reference");
        k.add(here, "measured here");
        return k;
    }

    private void add(Collection<ResultRecord> records, String source) {
        for (ResultRecord r : records) {
            if (r.status() == JobStatus.OK && r.meanAccuracy() != null) {
                byKey.put(r.key(), new Known(r.meanAccuracy(), source));
            }
        }
    }

    /** The accuracy {@code c} is known to reach on {@code dataset}, if any source measured it there. */
    public Optional<Known> of(Configuration c, String dataset) {
        return Optional.ofNullable(byKey.get(ResultRecord.key(dataset, c)));
    }
}
