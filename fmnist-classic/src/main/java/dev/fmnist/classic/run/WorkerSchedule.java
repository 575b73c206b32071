package dev.fmnist.classic.run;

import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntUnaryOperator;

/**
 * An executor's schedule replayed on estimates, for the dry run and for the ETA of a run in progress: jobs in order,
 * each on the first worker free, with the threads the executor gives a job starting then ({@link
 * JobExecutor#threadsFor}: locally the cores shared among the jobs running and waiting), its CPU time spread evenly
 * over them, and none longer than the run's time limit, where the executor stops it.
 */
final class WorkerSchedule {
    /** Where one job landed. */
    record Placement(double start, int threads, double wallSeconds) {
    }

    private final IntUnaryOperator threadsFor;
    private final double wallLimit;
    private final PriorityQueue<Double> free = new PriorityQueue<>();
    private double end;

    /**
     * @param threadsFor the threads a job starting gets, given the jobs running or waiting, itself included
     * @param busyFor    the seconds that jobs already running still need, one per busy worker
     * @param wallLimit  the most seconds a job runs (the run's time limit; infinite for none)
     */
    WorkerSchedule(int workers, IntUnaryOperator threadsFor, List<Double> busyFor, double wallLimit) {
        this.threadsFor = threadsFor;
        this.wallLimit = wallLimit;
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
        int threads = Math.max(1, threadsFor.applyAsInt(busy + waiting));
        double wall = Math.min(cpuSeconds / threads, wallLimit);
        free.add(start + wall);
        end = Math.max(end, start + wall);
        return new Placement(start, threads, wall);
    }

    /** When the last job placed (or running) ends, in seconds from the start of the replay. */
    double end() {
        return end;
    }
}
