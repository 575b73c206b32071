package dev.fmnist.classic.run;

import java.util.List;
import java.util.PriorityQueue;

/**
 * The local executor's schedule replayed on estimates, for the dry run and for the ETA of a run in progress: jobs
 * in order, each on the first worker free, with the threads {@link LocalJobExecutor#threadsEach} gives it when it
 * starts (the cores shared among the jobs running and waiting then), its CPU time spread evenly over them.
 */
final class WorkerSchedule {
    /** Where one job landed. */
    record Placement(double start, int threads, double wallSeconds) {
    }

    private final int workers;
    private final int cores;
    private final PriorityQueue<Double> free = new PriorityQueue<>();
    private double end;

    /**
     * @param busyFor the seconds that jobs already running still need, one per busy worker
     */
    WorkerSchedule(int workers, int cores, List<Double> busyFor) {
        this.workers = workers;
        this.cores = cores;
        for (double b : busyFor) {
            free.add(Math.max(0, b));
            end = Math.max(end, b);
        }
        while (free.size() < workers) {
            free.add(0.0);
        }
    }

    /**
     * Places the next job on the first worker free.
     *
     * @param waiting the jobs still to place, this one included
     */
    Placement place(double cpuSeconds, int waiting) {
        double start = free.poll();
        int busy = (int) free.stream().filter(t -> t > start).count();
        int threads = LocalJobExecutor.threadsEach(cores, workers, busy + waiting);
        double wall = cpuSeconds / threads;
        free.add(start + wall);
        end = Math.max(end, start + wall);
        return new Placement(start, threads, wall);
    }

    /** When the last job placed (or running) ends, in seconds from the start of the replay. */
    double end() {
        return end;
    }
}
