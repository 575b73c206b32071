package dev.fmnist.classic.cost;

import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.grid.ParameterValues;
import dev.fmnist.classic.job.JobStatus;
import dev.fmnist.classic.results.ResultRecord;
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
 * configuration of the same family, scaled by its size parameters ({@code n_estimators}, {@code max_iter}, hidden
 * layer sizes).
 */
public final class CostModel {
    /** The seconds assumed for a family nothing is known about. */
    static final double UNKNOWN_FAMILY_SECONDS = 60;
    /** Parameters that the work grows in proportion to. */
    private static final List<String> SIZE_PARAMETERS = List.of("n_estimators", "max_iter", "epochs",
            "hidden_layer_sizes");

    /** One measured configuration: CPU seconds per repeat. */
    record Measurement(Configuration configuration, String dataset, double cpuSeconds) {
    }

    /** A prediction and where it comes from, for the dry run. */
    public record Estimate(double cpuSeconds, String source) {
    }

    private final List<Measurement> here;
    private final List<Measurement> reference;
    private final List<Measurement> builtIn;
    private final int compared;
    private final double speed;
    private final boolean calibrated;

    private CostModel(List<Measurement> here, List<Measurement> reference, List<Measurement> builtIn,
                      DoubleSupplier calibration) {
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
     * @param here      results measured on this machine (any status; only successful ones count)
     * @param reference the reference results shipped with fmnist
     */
    public static CostModel of(Collection<ResultRecord> here, Collection<ResultRecord> reference) {
        return new CostModel(measurements(here), measurements(reference), BuiltInCosts.load(), null);
    }

    /**
     * A model that, until this machine has measured configurations the reference also has, scales the reference's
     * figures by a calibration: {@code calibration} gives the seconds {@link Calibration} takes here, and is called
     * only then.
     */
    public static CostModel of(Collection<ResultRecord> here, Collection<ResultRecord> reference,
                               DoubleSupplier calibration) {
        return new CostModel(measurements(here), measurements(reference), BuiltInCosts.load(), calibration);
    }

    /** How many times longer this machine takes than the reference machine (1 when nothing tells). */
    public double speedRatio() {
        return speed;
    }

    /** The CPU seconds of one repeat of {@code c} on {@code dataset}, and where the figure comes from. */
    public Estimate estimate(Configuration c, String dataset) {
        Double v = exact(here, c, dataset);
        if (v != null) {
            return new Estimate(v, "measured here");
        }
        v = elsewhere(c, dataset);
        if (v != null) {
            return new Estimate(v * speed, exact(reference, c, dataset) != null ? "reference" : "built-in");
        }
        Measurement near = nearest(c, dataset);
        if (near != null) {
            double scaled = near.cpuSeconds() * (here.contains(near) ? 1 : speed) * sizeRatio(c, near);
            return new Estimate(scaled, "like " + near.configuration().parameterText());
        }
        return new Estimate(UNKNOWN_FAMILY_SECONDS * speed, "unknown family");
    }

    private static List<Measurement> measurements(Collection<ResultRecord> records) {
        List<Measurement> out = new ArrayList<>();
        for (ResultRecord r : records) {
            if (r.status() != JobStatus.OK || r.fitSeconds() == null || r.fitSeconds().isEmpty()) {
                continue;
            }
            double sum = 0;
            for (int i = 0; i < r.fitSeconds().size(); i++) {
                double predict = r.predictSeconds() != null && i < r.predictSeconds().size()
                        ? r.predictSeconds().get(i) : 0;
                int threads = r.threads() != null && i < r.threads().size() ? Math.max(1, r.threads().get(i)) : 1;
                sum += (r.fitSeconds().get(i) + predict) * threads;
            }
            out.add(new Measurement(r.configuration(), r.dataset(), sum / r.fitSeconds().size()));
        }
        return out;
    }

    /** The reference's figure for {@code c}, else the built-in one, else null. */
    private Double elsewhere(Configuration c, String dataset) {
        Double v = exact(reference, c, dataset);
        return v != null ? v : exact(builtIn, c, dataset);
    }

    /** This machine's time over the reference's (or built-in) for each configuration both measured. */
    private List<Double> ratios() {
        List<Double> ratios = new ArrayList<>();
        for (Measurement h : here) {
            Double ref = elsewhere(h.configuration(), h.dataset());
            if (ref != null && ref > 0 && h.cpuSeconds() > 0) {
                ratios.add(h.cpuSeconds() / ref);
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
    private static Double exact(List<Measurement> list, Configuration c, String dataset) {
        Double same = mean(list, c, dataset);
        return same != null ? same : mean(list, c, null);
    }

    private static Double mean(List<Measurement> list, Configuration c, String dataset) {
        String key = c.key();
        double sum = 0;
        int n = 0;
        for (Measurement m : list) {
            if (m.configuration().key().equals(key) && (dataset == null || m.dataset().equals(dataset))) {
                sum += m.cpuSeconds();
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    /** The measurement of the same family sharing the most parameter values with {@code c} (here first). */
    private Measurement nearest(Configuration c, String dataset) {
        Measurement best = null;
        int bestShared = -1;
        for (List<Measurement> list : List.of(here, reference, builtIn)) {
            for (Measurement m : list) {
                if (!m.configuration().family().equals(c.family())) {
                    continue;
                }
                int shared = shared(c.parameters(), m.configuration().parameters())
                        + (m.dataset().equals(dataset) ? 1 : 0);
                if (shared > bestShared) {
                    best = m;
                    bestShared = shared;
                }
            }
        }
        return best;
    }

    private static int shared(Map<String, Object> a, Map<String, Object> b) {
        int n = 0;
        for (Map.Entry<String, Object> e : a.entrySet()) {
            if (b.containsKey(e.getKey()) && Objects.equals(ParameterValues.canonical(Map.of(e.getKey(), e.getValue())),
                    ParameterValues.canonical(Map.of(e.getKey(), b.get(e.getKey()))))) {
                n++;
            }
        }
        return n;
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
