package dev.fmnist.classic.testing;

import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.data.progress.Progress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A test double: a nearest-centroid classifier whose parameter {@code mode} scripts how a job behaves:
 * {@code stable} (ignores the training order), {@code shuffled} (fits on the first 20 to 59 images of the training order),
 * {@code hang} (never finishes and ignores interrupts until {@link #release()}), {@code report} (never finishes,
 * but reports progress from a helper thread, as a parallel trainer does), {@code pair} (waits, up to a minute, until
 * another job is fitting beside it, so that two jobs are known to overlap), {@code fail} (throws).
 * {@code memory_mb} sets its memory estimate; {@code k} must be positive; {@code note} is ignored, so configurations
 * that differ only there train the same model ({@link #effectiveParameters}).
 */
public final class ScriptedFamily implements Family {
    public static final String NAME = "Scripted";

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostRunning = new AtomicInteger();
    private final AtomicInteger fits = new AtomicInteger();
    private final AtomicInteger stopped = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec("mode", List.of("stable", "shuffled", "hang", "report", "pair", "fail"),
                        "what a job does"),
                new ParameterSpec("memory_mb", List.of(), "its memory estimate"),
                new ParameterSpec("k", List.of(), "must be positive"),
                new ParameterSpec("note", List.of(), "ignored"));
    }

    @Override
    public Map<String, Object> effectiveParameters(Map<String, Object> params) {
        Map<String, Object> used = new java.util.LinkedHashMap<>(params);
        used.remove("note");
        return used;
    }

    @Override
    public Trainer trainer(Map<String, Object> params) {
        String mode = (String) params.getOrDefault("mode", "stable");
        long memory = ((Number) params.getOrDefault("memory_mb", 1)).longValue() << 20;
        if (((Number) params.getOrDefault("k", 1)).intValue() <= 0) {
            throw new IllegalArgumentException("k must be positive, not " + params.get("k"));
        }
        return new Trainer() {
            @Override
            public Predictor fit(FeatureMatrix x, int[] y, int classes, long seed, int threads, Progress progress) {
                int now = running.incrementAndGet();
                mostRunning.accumulateAndGet(now, Math::max);
                fits.incrementAndGet();
                try {
                    if (mode.equals("report")) {
                        reportUntilStopped(progress);
                    }
                    return fitCentroids(mode, x, y, classes, seed);
                } finally {
                    running.decrementAndGet();
                }
            }

            @Override
            public long memoryEstimate(int rows, int cols) {
                return memory;
            }
        };
    }

    @Override
    public String library() {
        return "test double";
    }

    /** The most jobs that were fitting at the same time. */
    public int mostRunning() {
        return mostRunning.get();
    }

    /** How many fits started. */
    public int fits() {
        return fits.get();
    }

    /** How many {@code report} jobs were stopped by their progress report. */
    public int stopped() {
        return stopped.get();
    }

    /** Lets hanging jobs end. */
    public void release() {
        release.countDown();
    }

    private void reportUntilStopped(Progress progress) {
        CompletableFuture<Void> helper = CompletableFuture.runAsync(() -> {
            for (long i = 0; ; i++) {
                progress.update(i, "step " + i);
                LockSupport.parkNanos(10_000_000L);
            }
        }, r -> new Thread(r, "scripted-helper").start());
        try {
            helper.join();
        } catch (CompletionException e) {
            stopped.incrementAndGet();
            throw (RuntimeException) e.getCause();
        }
    }

    private Predictor fitCentroids(String mode, FeatureMatrix x, int[] y, int classes, long seed) {
        switch (mode) {
            case "fail" -> throw new IllegalStateException("boom");
            case "pair" -> {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (mostRunning.get() < 2 && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(1_000_000L);
                }
            }
            case "hang" -> {
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException ignored) {
                        // a job that ignores interrupts, as a library might
                    }
                }
            }
            default -> {
            }
        }
        int n = mode.equals("shuffled") ? Math.min(x.rows(), 20 + (int) Math.floorMod(seed, 40)) : x.rows();
        double[][] centroid = new double[classes][x.cols()];
        int[] count = new int[classes];
        for (int i = 0; i < n; i++) {
            count[y[i]]++;
            for (int j = 0; j < x.cols(); j++) {
                centroid[y[i]][j] += x.get(i, j);
            }
        }
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < x.cols(); j++) {
                centroid[c][j] /= Math.max(1, count[c]);
            }
        }
        return (test, threads) -> {
            int[] out = new int[test.rows()];
            for (int i = 0; i < test.rows(); i++) {
                double best = Double.MAX_VALUE;
                for (int c = 0; c < classes; c++) {
                    double d = 0;
                    for (int j = 0; j < test.cols(); j++) {
                        double diff = test.get(i, j) - centroid[c][j];
                        d += diff * diff;
                    }
                    if (d < best) {
                        best = d;
                        out[i] = c;
                    }
                }
            }
            return out;
        };
    }
}
