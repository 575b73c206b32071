package dev.fmnist.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.TaskInfo;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Spark's scheduling overhead per benchmark job: from the moment a driver thread submits the job to the moment its
 * task starts running on an executor (the scheduler's launch, plus the executor's deserialization of the task). A job
 * submitted while no executor core is free (executors still starting, or fewer cores than driver threads) counts from
 * the moment a core became free on the executor it ran on (the executor joined, or a task there ended), so that the
 * figure is the scheduler's own, not time spent queueing for a core. The driver thread marks the submission under
 * the job's group; the listener matches the group's Spark job, its stage, and the first attempt of its task.
 */
final class SchedulingDelays extends SparkListener {
    private static final String GROUP = "spark.jobGroup.id";
    /** Up to this many jobs, the summary lists each one's delay. */
    private static final int LISTED = 12;

    private final Map<String, Long> submitted = new ConcurrentHashMap<>();
    private final Map<Integer, String> stageGroups = new ConcurrentHashMap<>();
    private final List<Long> delays = new ArrayList<>();
    private final List<Long> deserializations = new ArrayList<>();
    /** Per executor, the moments a core there became free: it joined, or a task there ended. */
    private final Map<String, NavigableSet<Long>> freed = new ConcurrentHashMap<>();

    /** Marks the submission of the job of {@code group}, just before the driver thread hands it to Spark. */
    void submitting(String group) {
        submitted.put(group, System.currentTimeMillis());
    }

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        String group = start.properties() == null ? null : start.properties().getProperty(GROUP);
        if (group != null) {
            for (Object id : CollectionConverters.asJava(start.stageIds())) {
                stageGroups.put((Integer) id, group);
            }
        }
    }

    @Override
    public void onExecutorAdded(SparkListenerExecutorAdded added) {
        freed(added.executorId()).add(added.time());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskInfo task = end.taskInfo();
        if (task == null) {
            return;
        }
        NavigableSet<Long> free = freed(task.executorId());
        String group = stageGroups.remove(end.stageId());
        Long at = group == null ? null : submitted.remove(group);
        if (at != null && task.attemptNumber() == 0) {
            Long coreFree = free.floor(task.launchTime());
            long from = coreFree == null ? at : Math.max(at, coreFree);
            long deserialize = end.taskMetrics() == null ? 0 : end.taskMetrics().executorDeserializeTime();
            synchronized (delays) {
                delays.add(task.launchTime() - from + deserialize);
                deserializations.add(deserialize);
            }
        }
        free.add(task.finishTime());
    }

    private NavigableSet<Long> freed(String executor) {
        return freed.computeIfAbsent(executor, e -> new ConcurrentSkipListSet<>());
    }

    /**
     * One line: how many jobs were measured, their median and longest delay with the executors' share of the median
     * (deserializing the task, which includes fetching the files and jars an executor has not yet fetched), and each
     * one's delay when they are few; null when none was measured.
     */
    String summary() {
        List<Long> all;
        List<Long> executor;
        synchronized (delays) {
            all = List.copyOf(delays);
            executor = List.copyOf(deserializations);
        }
        if (all.isEmpty()) {
            return null;
        }
        int n = all.size();
        return String.format(Locale.ROOT, "Spark scheduling: %d job%s from submission (or a core becoming free) to "
                        + "the task running on its executor: median %.0f ms (deserializing on the executor: median "
                        + "%.0f ms), longest %d ms%s", n, n == 1 ? "" : "s", median(all), median(executor),
                all.stream().mapToLong(Long::longValue).max().orElse(0), n > LISTED ? ""
                        : " (each, in the order they ended: " + all.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ")");
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
