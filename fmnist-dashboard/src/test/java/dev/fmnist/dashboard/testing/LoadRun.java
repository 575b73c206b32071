package dev.fmnist.dashboard.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clients reading a dashboard server (the page, its scripts, {@code /api/data} with and without the
 * ETag, sprite pages) while a writer appends results to the directory it reads: bounded in requests and in time.
 * Used by the load test (which asserts no errors) and by {@code bench/dashboard-load.sh} (which reports speed).
 */
public final class LoadRun {
    private static final String[] PATHS = {"/", "/assets/app.js", "/assets/table.js", "/api/data", "/api/data",
        "/api/data?etag", "/api/sprite/fashion/test/0.png", "/api/sprite/fashion/test/7.png", "/assets/style.css"};

    private LoadRun() {
    }

    /**
     * What a run measured.
     *
     * @param requests  requests answered
     * @param errors    failed requests (a status other than 200 and 304, or an I/O error), with the first few
     * @param seconds   wall time
     * @param latencies each request's milliseconds, sorted
     * @param appended  results lines the writer appended
     */
    public record Outcome(int requests, List<String> errors, double seconds, double[] latencies, int appended) {
        public double perSecond() {
            return requests / seconds;
        }

        public double percentile(double p) {
            return latencies.length == 0 ? Double.NaN
                    : latencies[Math.min(latencies.length - 1, (int) Math.ceil(p / 100 * latencies.length) - 1)];
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d requests in %.1f s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms,"
                    + " %d errors, %d results appended meanwhile", requests, seconds, perSecond(), percentile(50),
                    percentile(99), errors.size(), appended);
        }
    }

    /** {@code clients} clients share {@code total} requests; the run stops after {@code maxSeconds} at the latest. */
    public static Outcome run(URI base, Path resultsDir, int clients, int total, double maxSeconds) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger appended = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        double[] latencies = new double[total];
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        String[] lastEtag = {null};
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        long t0 = System.nanoTime();
        Future<?> writer = pool.submit(() -> {
            long now = System.currentTimeMillis() / 1000;
            while (done.get() < total && System.nanoTime() < deadline) {
                SyntheticResults.append(resultsDir, SyntheticResults.many(1, "fashion", now, appended.get())[0]
                        .replace("\"C\":0", "\"C\":" + (100_000 + appended.get())));
                appended.incrementAndGet();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        List<Future<?>> readers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            readers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total && System.nanoTime() < deadline;
                     i = next.getAndIncrement()) {
                    String path = PATHS[i % PATHS.length];
                    long start = System.nanoTime();
                    try {
                        int status = get(base, path, lastEtag);
                        if (status != 200 && status != 304) {
                            errors.add(path + ": " + status);
                        }
                    } catch (IOException e) {
                        errors.add(path + ": " + e);
                    }
                    latencies[i] = (System.nanoTime() - start) / 1e6;
                    done.incrementAndGet();
                }
            }));
        }
        for (Future<?> r : readers) {
            r.get();
        }
        writer.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        int n = done.get();
        double[] measured = Arrays.copyOf(latencies, Math.min(n, total));
        Arrays.sort(measured);
        return new Outcome(n, List.copyOf(errors), seconds, measured, appended.get());
    }

    private static int get(URI base, String path, String[] lastEtag) throws IOException {
        boolean conditional = path.endsWith("?etag");
        String p = conditional ? path.substring(0, path.length() - 5) : path;
        HttpURLConnection c = (HttpURLConnection) base.resolve(p).toURL().openConnection();
        c.setConnectTimeout(10_000);
        c.setReadTimeout(30_000);
        c.setRequestProperty("Accept-Encoding", "gzip");
        if (conditional && lastEtag[0] != null) {
            c.setRequestProperty("If-None-Match", lastEtag[0]);
        }
        int status = c.getResponseCode();
        if (p.equals("/api/data") && c.getHeaderField("ETag") != null) {
            lastEtag[0] = c.getHeaderField("ETag");
        }
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
        return status;
    }
}
