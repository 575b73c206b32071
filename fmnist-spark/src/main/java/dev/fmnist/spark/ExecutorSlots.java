package dev.fmnist.spark;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The task slots of one executor over time, as {@link SchedulingDelays} sees them: each task from its launch (the
 * driver's clock) to the moment its executor was done with it (its launch plus the executor's deserialization, run
 * and result serialization times), which is when the executor reports it and the driver frees its slot. Spark's own
 * {@code TaskInfo.finishTime} cannot serve: the driver stamps it after fetching the result, often after it has
 * already launched the next task on the freed slot.
 */
final class ExecutorSlots {
    /** A still-running task's end. */
    private static final long RUNNING = Long.MAX_VALUE;

    private final int slots;
    /** Task id to {launch, end}. */
    private final Map<Long, long[]> tasks = new HashMap<>();
    private long firstTask = -1;

    /** @param slots the tasks the executor runs at once: its cores over {@code spark.task.cpus} */
    ExecutorSlots(int slots) {
        this.slots = Math.max(1, slots);
    }

    /** Whether {@code taskId} was the first task started on this executor: it waited for the executor's start. */
    boolean first(long taskId) {
        return firstTask == taskId;
    }

    void started(long taskId, long launch) {
        if (firstTask < 0) {
            firstTask = taskId;
        }
        tasks.put(taskId, new long[] {launch, RUNNING});
    }

    void ended(long taskId, long launch, long executorEnd) {
        tasks.put(taskId, new long[] {launch, Math.max(launch, executorEnd)});
    }

    /**
     * The moment task {@code taskId}, submitted at {@code submitted} and launched at {@code launch}, could have been
     * launched: the start of the period of at least one free slot that its launch ended, or its submission if a slot
     * was free from then on. Time a job spent queued behind others for a slot is not counted.
     */
    long readyAt(long taskId, long submitted, long launch) {
        TreeSet<Long> moments = new TreeSet<>();
        moments.add(submitted);
        for (Map.Entry<Long, long[]> t : tasks.entrySet()) {
            if (t.getKey() != taskId) {
                for (long m : t.getValue()) {
                    if (m > submitted && m < launch) {
                        moments.add(m);
                    }
                }
            }
        }
        long ready = launch;
        for (long m : moments.descendingSet()) {
            if (busy(taskId, m) >= slots) {
                break;
            }
            ready = m;
        }
        return ready;
    }

    /** Forgets the tasks that ended before {@code moment}, which no submission still waiting can have waited for. */
    void forgetBefore(long moment) {
        tasks.values().removeIf(t -> t[1] < moment);
    }

    private int busy(long except, long moment) {
        int n = 0;
        for (Map.Entry<Long, long[]> t : tasks.entrySet()) {
            long[] span = t.getValue();
            if (t.getKey() != except && span[0] <= moment && moment < span[1]) {
                n++;
            }
        }
        return n;
    }
}
