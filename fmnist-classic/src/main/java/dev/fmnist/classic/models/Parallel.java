package dev.fmnist.classic.models;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/** Runs independent tasks {@code 0..count-1} on up to {@code threads} threads (the caller's included). */
public final class Parallel {
    private Parallel() {
    }

    /**
     * Runs {@code task.accept(i)} for every {@code i} in {@code 0..count-1}, each exactly once, and returns when all
     * are done. The first failure is rethrown after the others stop taking new tasks.
     */
    public static void forEach(int count, int threads, IntConsumer task) {
        int workers = Math.max(1, Math.min(threads, count));
        if (workers == 1) {
            for (int i = 0; i < count; i++) {
                task.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            int i;
            while (failure.get() == null && (i = next.getAndIncrement()) < count) {
                try {
                    task.accept(i);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            Thread t = new Thread(worker, "fmnist-classic-" + w);
            t.setDaemon(true);
            t.start();
            started.add(t);
        }
        worker.run();
        for (Thread t : started) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for worker threads", e);
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /** Splits {@code 0..count-1} into about {@code threads * 4} contiguous chunks and runs {@code body(from, to)} on each. */
    public static void chunks(int count, int threads, ChunkBody body) {
        int pieces = Math.max(1, Math.min(count, threads == 1 ? 1 : threads * 4));
        forEach(pieces, threads, p -> body.run((int) ((long) count * p / pieces), (int) ((long) count * (p + 1) / pieces)));
    }

    /** The body of {@link #chunks}: works on rows {@code from} (inclusive) to {@code to} (exclusive). */
    @FunctionalInterface
    public interface ChunkBody {
        void run(int from, int to);
    }
}
