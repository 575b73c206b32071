package dev.fmnist.classic.cost;

import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.grid.ParameterValues;
import dev.fmnist.classic.job.JobStatus;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.estimator.FamilyRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How many seconds of one core one repeat of a configuration takes (fit and prediction on the full training set),
 * for the dry run's estimate and the progress bar's ETA. It prefers what this machine measured (the results directory
 * being written), then the reference results shipped with fmnist (measured on another machine, scaled by how much
 * faster or slower this machine ran the configurations both measured, or else a short {@link Calibration}), then
 * fmnist's built-in figures for each
 * family's published best configuration ({@code built-in-costs.json}, scaled the same way), then the nearest
 * configuration of the same family (sharing the most parameter values, then the nearest in the others' orders of
 * magnitude; the number of trees or rounds counts as shared, since the work is in proportion to it; parameters the
 * family ignores in a configuration, {@link dev.fmnist.estimator.Family#effectiveParameters}, are left out),
 * scaled by its size parameters ({@code n_estimators}, {@code max_iter}, hidden layer sizes). A
 * configuration that timed out counts as taking its time limit: a lower bound, never used to compare machines.
 */
public final class CostModel {
    /** The seconds assumed for a family nothing is known about. */
    static final double UNKNOWN_FAMILY_SECONDS = 60;
    /** The distance of a differing value that is not a number, as ten orders of magnitude. */
    private static final double OTHER_VALUE = 10;
    /** Parameters that the work grows in proportion to. */
    private static final List<String> SIZE_PARAMETERS = List.of("n_estimators", "max_iter", "epochs",
            "hidden_layer_sizes");
    /**
     * Size parameters the work is in exact proportion to (trees, boosting rounds), unlike iterations that stop at
     * convergence or layer sizes: a configuration differing only in these is the nearest one.
     */
    private static final List<String> PROPORTIONAL_PARAMETERS = List.of("n_estimators");

    /**
     * One measured configuration: CPU seconds per repeat.
     *
     * @param atLeast whether it timed out, so that the figure is only a lower bound
     */
    record Measurement(Configuration configuration, String dataset, double cpuSeconds, boolean atLeast) {
    }

    /** The mean figure of a configuration's measurements, and whether any of them is only a lower bound. */
    private record Found(double cpuSeconds, boolean atLeast) {
    }

    /** A prediction and where it comes from, for the dry run. */
    public record Estimate(double cpuSeconds, String source) {
    }

    private final List<Measurement> here;
    private final List<Measurement> reference;
    private final List<Measurement> builtIn;
    /** The families, for the parameters that decide what a configuration trains. */
    private final FamilyRegistry families;
    private final int compared;
    private final double speed;
    private final boolean calibrated;

    private CostModel(FamilyRegistry families, List<Measurement> here, List<Measurement> reference,
                      List<Measurement> builtIn, DoubleSupplier calibration) {
        this.families = families;
        this.here = here;
        this.reference = reference;
        this.builtIn = builtIn;
        List<Double> ratios = ratios();
        this.compared = ratios.size();
        double calibrated = ratios.isEmpty() && calibration != null
                ? calibration.getAsDouble() / BuiltInCosts.calibrationSeconds() : Double.NaN;
        this.calibrated = calibrated > 0 && Double.isFinite(calibrated);   // not when interrupted, say
        this.speed = !ratios.isEmpty() ? median(ratios) : this.calibrated ? calibrated : 1;
    }

    /**
     * A model that takes this machine for as fast as the reference machine until it has measured configurations
     * that the reference (or the built-in figures) also has.
     *
     * @param families  the families, for the parameters that decide what a configuration trains
     * @param here      results measured on this machine (any status; successful and timed-out ones count)
     * @param reference the reference results shipped with fmnist
     */
    public static CostModel of(FamilyRegistry families, Collection<ResultRecord> here,
                               Collection<ResultRecord> reference) {
        return new CostModel(families, measurements(here), measurements(reference), BuiltInCosts.load(), null);
    }

    /**
     * A model that, until this machine has measured configurations the reference also has, scales the reference's
     * figures by a calibration: {@code calibration} gives the seconds {@link Calibration} takes here, and is called
     * only then.
     */
    public static CostModel of(FamilyRegistry families, Collection<ResultRecord> here,
                               Collection<ResultRecord> reference, DoubleSupplier calibration) {
        return new CostModel(families, measurements(here), measurements(reference), BuiltInCosts.load(),
                calibration);
    }

    /** How many times longer this machine takes than the reference machine (1 when nothing tells). */
    public double speedRatio() {
        return speed;
    }

    /**
     * The CPU seconds of one repeat of {@code c} on {@code dataset}, and where the figure comes from. A figure that
     * is only a lower bound (a time-out) gives way to the next source's where that one is larger.
     */
    public Estimate estimate(Configuration c, String dataset) {
        Found v = exact(here, c, dataset);
        if (v == null) {
            return unmeasured(c, dataset);
        }
        return v.atLeast() ? atLeast(v.cpuSeconds(), "timed out here", unmeasured(c, dataset))
                : new Estimate(v.cpuSeconds(), "measured here");
    }

    /** The estimate from the reference or built-in figures, else from the nearest configuration. */
    private Estimate unmeasured(Configuration c, String dataset) {
        Found v = elsewhere(c, dataset);
        if (v == null) {
            return similar(c, dataset);
        }
        String source = exact(reference, c, dataset) != null ? "reference" : "built-in";
        return v.atLeast() ? atLeast(v.cpuSeconds() * speed, source + ", timed out", similar(c, dataset))
                : new Estimate(v.cpuSeconds() * speed, source);
    }

    /** The estimate from the nearest other configuration of the family. */
    private Estimate similar(Configuration c, String dataset) {
        Measurement near = nearest(c, dataset);
        if (near == null) {
            return new Estimate(UNKNOWN_FAMILY_SECONDS * speed, "unknown family");
        }
        double scaled = near.cpuSeconds() * (here.contains(near) ? 1 : speed) * sizeRatio(c, near);
        return new Estimate(scaled, "like " + near.configuration().parameterText()
                + (near.atLeast() ? ", which timed out (at least)" : ""));
    }

    /** A lower bound, or the other estimate where that one is larger. */
    private static Estimate atLeast(double bound, String source, Estimate other) {
        return other.cpuSeconds() > bound ? other : new Estimate(bound, source + " (at least)");
    }

    /**
     * The measurements in results: one per experiment, so a line that records an equivalent configuration's result
     * ({@code same_as}) is left out, as the line of the configuration that ran counts already.
     */
    private static List<Measurement> measurements(Collection<ResultRecord> records) {
        List<Measurement> out = new ArrayList<>();
        for (ResultRecord r : records) {
            if (r.sameAs() != null) {
                continue;
            }
            boolean measured = r.fitSeconds() != null && !r.fitSeconds().isEmpty();
            if (r.status() == JobStatus.TIMED_OUT && r.timeLimitSeconds() != null) {
                // the repeat that timed out ran for its limit, on as many threads as the others had
                int threads = r.threads() == null ? 1
                        : r.threads().stream().mapToInt(t -> Math.max(1, t)).max().orElse(1);
                out.add(new Measurement(r.configuration(), r.dataset(),
                        Math.max(measured ? perRepeat(r) : 0, (double) r.timeLimitSeconds() * threads), true));
            } else if (r.status() == JobStatus.OK && measured) {
                out.add(new Measurement(r.configuration(), r.dataset(), perRepeat(r), false));
            }
        }
        return out;
    }

    /** The CPU seconds of a result's successful repeats, on average. */
    private static double perRepeat(ResultRecord r) {
        double sum = 0;
        for (int i = 0; i < r.fitSeconds().size(); i++) {
            double predict = r.predictSeconds() != null && i < r.predictSeconds().size()
                    ? r.predictSeconds().get(i) : 0;
            int threads = r.threads() != null && i < r.threads().size() ? Math.max(1, r.threads().get(i)) : 1;
            sum += (r.fitSeconds().get(i) + predict) * threads;
        }
        return sum / r.fitSeconds().size();
    }

    /** The reference's figure for {@code c}, else the built-in one, else null. */
    private Found elsewhere(Configuration c, String dataset) {
        Found v = exact(reference, c, dataset);
        return v != null ? v : exact(builtIn, c, dataset);
    }

    /** This machine's time over the reference's (or built-in) for each configuration both measured. */
    private List<Double> ratios() {
        List<Double> ratios = new ArrayList<>();
        for (Measurement h : here) {
            Found ref = elsewhere(h.configuration(), h.dataset());
            if (ref != null && !ref.atLeast() && !h.atLeast() && ref.cpuSeconds() > 0 && h.cpuSeconds() > 0) {
                ratios.add(h.cpuSeconds() / ref.cpuSeconds());
            }
        }
        return ratios;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The mean of the measurements of exactly {@code c}, on {@code dataset} if any, else on any dataset. */
    private static Found exact(List<Measurement> list, Configuration c, String dataset) {
        Found same = mean(list, c, dataset);
        return same != null ? same : mean(list, c, null);
    }

    private static Found mean(List<Measurement> list, Configuration c, String dataset) {
        String key = c.key();
        double sum = 0;
        int n = 0;
        boolean atLeast = false;
        for (Measurement m : list) {
            if (m.configuration().key().equals(key) && (dataset == null || m.dataset().equals(dataset))) {
                sum += m.cpuSeconds();
                n++;
                atLeast |= m.atLeast();
            }
        }
        return n == 0 ? null : new Found(sum / n, atLeast);
    }

    /**
     * The measurement of another configuration of the family sharing the most parameter values with {@code c};
     * among as many, here's first, then the reference's, then the built-in ones, and from one source the nearest in
     * the orders of magnitude of the other numbers.
     */
    private Measurement nearest(Configuration c, String dataset) {
        Measurement best = null;
        int bestShared = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        Map<String, Object> mine = effective(c);
        for (List<Measurement> list : List.of(here, reference, builtIn)) {
            boolean fromThisList = false;
            for (Measurement m : list) {
                if (!m.configuration().family().equals(c.family()) || m.configuration().key().equals(c.key())) {
                    continue;
                }
                Map<String, Object> theirs = effective(m.configuration());
                int shared = shared(mine, theirs) + (m.dataset().equals(dataset) ? 1 : 0);
                double distance = distance(mine, theirs);
                if (shared > bestShared || shared == bestShared && fromThisList && distance < bestDistance) {
                    best = m;
                    bestShared = shared;
                    bestDistance = distance;
                    fromThisList = true;
                }
            }
        }
        return best;
    }

    /** The parameters that decide what {@code c} trains, by its family where it is registered. */
    private Map<String, Object> effective(Configuration c) {
        return c.effective(families).parameters();
    }

    /**
     * How many parameter values two configurations share; a proportional size parameter both have counts as shared,
     * since the estimate is scaled by it.
     */
    private static int shared(Map<String, Object> a, Map<String, Object> b) {
        int n = 0;
        for (Map.Entry<String, Object> e : a.entrySet()) {
            Object other = b.get(e.getKey());
            if (bothSized(e.getKey(), e.getValue(), other) || sameValue(e.getKey(), e.getValue(), other)) {
                n++;
            }
        }
        return n;
    }

    /**
     * How far apart two configurations' parameters are: the orders of magnitude between two positive numbers, and
     * {@link #OTHER_VALUE} for any other difference (another kernel, a parameter one lacks), summed;
     * proportional size parameters both have are scaled for, so they add nothing.
     */
    private static double distance(Map<String, Object> a, Map<String, Object> b) {
        double d = 0;
        for (Map.Entry<String, Object> e : a.entrySet()) {
            Object other = b.get(e.getKey());
            if (bothSized(e.getKey(), e.getValue(), other)) {
                continue;
            }
            if (e.getValue() instanceof Number x && other instanceof Number y && x.doubleValue() > 0
                    && y.doubleValue() > 0) {
                d += Math.abs(Math.log10(x.doubleValue() / y.doubleValue()));
            } else if (!sameValue(e.getKey(), e.getValue(), other)) {
                d += OTHER_VALUE;
            }
        }
        return d;
    }

    /** Whether parameter {@code p} has the same value in both configurations ({@code b} null: the other lacks it). */
    private static boolean sameValue(String p, Object a, Object b) {
        return b != null
                && Objects.equals(ParameterValues.canonical(Map.of(p, a)), ParameterValues.canonical(Map.of(p, b)));
    }

    /** Whether {@code p} is a proportional size parameter with a positive size in both configurations. */
    private static boolean bothSized(String p, Object a, Object b) {
        return PROPORTIONAL_PARAMETERS.contains(p) && size(a) > 0 && size(b) > 0;
    }

    /** How much more work {@code c} is than {@code m} by their size parameters (1 when they have none). */
    private static double sizeRatio(Configuration c, Measurement m) {
        double ratio = 1;
        for (String p : SIZE_PARAMETERS) {
            double a = size(c.parameters().get(p));
            double b = size(m.configuration().parameters().get(p));
            if (a > 0 && b > 0) {
                ratio *= a / b;
            }
        }
        return ratio;
    }

    private static double size(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof List<?> list) {
            return list.stream().filter(Number.class::isInstance).mapToDouble(o -> ((Number) o).doubleValue()).sum();
        }
        return 0;
    }

    @Override
    public String toString() {
        String by = compared > 0
                ? "over " + compared + " configuration" + (compared == 1 ? "" : "s") + " measured on both"
                : calibrated ? "by a calibration" : "nothing measured on both";
        return String.format(Locale.ROOT, "cost model: %d configurations measured here, %d in the reference results, "
                + "%d built-in; this machine takes %.2fx their time (%s)", here.size(), reference.size(),
                builtIn.size(), speed, by);
    }
}
