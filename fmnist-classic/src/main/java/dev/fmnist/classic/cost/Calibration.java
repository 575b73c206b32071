package dev.fmnist.classic.cost;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;

/**
 * A short fixed piece of work timed on this machine (about a tenth of a second a round), by which the cost model scales
 * the figures measured on the reference machine when this machine has measured none of their configurations. It
 * mixes what the families spend their time on: multiply-adds over float arrays (linear models, networks, distances)
 * and comparisons whose branches follow the data (trees). It runs on as many threads at once as the jobs will, so
 * that a machine already busy shows it.
 */
public final class Calibration {
    private static final int LENGTH = 1 << 15;
    private static final int NODES = 1 << 10;
    private static final int PRODUCT_PASSES = 6_000;
    private static final int BRANCH_PASSES = 600;
    private static final int ROUNDS = 3;

    private Calibration() {
    }

    /**
     * Seconds one round takes here: the median over three rounds of the mean over {@code threads} threads running
     * it at once, after a round to warm up.
     */
    public static double seconds(int threads) {
        int n = Math.max(1, threads);
        round(n, PRODUCT_PASSES / 10, BRANCH_PASSES / 10);
        double[] rounds = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            rounds[r] = round(n, PRODUCT_PASSES, BRANCH_PASSES);
        }
        Arrays.sort(rounds);
        return rounds[ROUNDS / 2];
    }

    /** The mean seconds of {@code threads} threads each doing the work once, at the same time. */
    private static double round(int threads, int products, int branches) {
        double[] seconds = new double[threads];
        CountDownLatch go = new CountDownLatch(1);
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int slot = t;
            workers[t] = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long start = System.nanoTime();
                Sink.keep(work(slot, products, branches));
                seconds[slot] = (System.nanoTime() - start) / 1e9;
            }, "fmnist-calibration-" + t);
            workers[t].setDaemon(true);
            workers[t].start();
        }
        go.countDown();
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Arrays.stream(seconds).average().orElse(0);
    }

    /** The work itself; its result only keeps the compiler from leaving any of it out. */
    static double work(long seed, int products, int branches) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] a = new float[LENGTH];
        float[] b = new float[LENGTH];
        float[] thresholds = new float[NODES];
        for (int i = 0; i < LENGTH; i++) {
            a[i] = (float) rnd.nextDouble();
            b[i] = (float) rnd.nextDouble();
        }
        for (int i = 0; i < NODES; i++) {
            thresholds[i] = (float) rnd.nextDouble();
        }
        double total = 0;
        for (int p = 0; p < products; p++) {
            float s = 0;
            for (int i = 0; i < LENGTH; i++) {
                s += a[i] * b[i];
            }
            total += s;
            b[p & (LENGTH - 1)] = s * 1e-6f;
        }
        int node = 0;
        long right = 0;
        for (int p = 0; p < branches; p++) {
            for (int i = 0; i < LENGTH; i++) {
                if (a[i] > thresholds[node]) {
                    node = (2 * node + 1) & (NODES - 1);
                    right++;
                } else {
                    node = (2 * node + 2) & (NODES - 1);
                }
            }
        }
        return total + right;
    }

    /** Where results go so that the work computing them counts. */
    private static final class Sink {
        static volatile double value;

        static void keep(double v) {
            value = v;
        }
    }
}
