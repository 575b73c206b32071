package dev.fmnist.bench;

import dev.fmnist.classic.features.Standardized;

import dev.fmnist.estimator.FamilyRegistry;
import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.Fmnist;
import dev.fmnist.data.progress.Progress;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bench harness (not a test): fits configurations of our families on a dataset ({@code fashion}, {@code mnist}) loaded through the store, standardized as
 * StandardScaler does, and prints one tab-separated line per configuration: family, parameters, accuracy, fit
 * seconds, predict seconds. Run by {@code bench/classic-vs-sklearn.sh}, which runs scikit-learn on the same data.
 *
 * <p>Arguments: {@code DATASET TRAIN_ROWS TEST_ROWS THREADS SEED CONFIG...}, each config
 * {@code Family:name=value,name=value} (numbers are numbers, anything else a string).
 */
public final class ClassicVsSklearn {
    private ClassicVsSklearn() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: ClassicVsSklearn DATASET TRAIN_ROWS TEST_ROWS THREADS SEED Family:k=v,k=v ...");
            System.exit(2);
        }
        Dataset data = Fmnist.load(args[0]);
        Standardized s = Standardized.of(data.train(), data.test(), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        int threads = Integer.parseInt(args[3]);
        long seed = Long.parseLong(args[4]);
        FamilyRegistry registry = FamilyRegistry.standard();
        Progress progress = System.getenv("BENCH_VERBOSE") == null ? Progress.NONE : new Progress() {
            @Override
            public void update(long done, String detail) {
                System.err.println("  " + detail);
            }

            @Override
            public void close() {
            }
        };
        for (int a = 5; a < args.length; a++) {
            String[] parts = args[a].split(":", 2);
            Family family = registry.get(parts[0]);
            Map<String, Object> params = parse(parts.length > 1 ? parts[1] : "");
            long t0 = System.nanoTime();
            long t1;
            int[] predicted;
            try (Predictor model = family.trainer(params).fit(s.train(), s.trainY(), 10, seed, threads, progress)) {
                t1 = System.nanoTime();
                predicted = model.predict(s.test(), threads);
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%s\t%s\t%.4f\t%.2f\t%.2f%n", parts[0], parts.length > 1 ? parts[1] : "",
                    s.accuracy(predicted), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            System.out.flush();
        }
    }

    static Map<String, Object> parse(String spec) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (spec.isEmpty()) {
            return params;
        }
        for (String kv : spec.split(",")) {
            String[] p = kv.split("=", 2);
            Object value;
            try {
                value = p[1].contains(".") || p[1].contains("e") ? (Object) Double.parseDouble(p[1]) : (Object) Integer.parseInt(p[1]);
            } catch (NumberFormatException e) {
                value = p[1];
            }
            params.put(p[0], value);
        }
        return params;
    }
}
