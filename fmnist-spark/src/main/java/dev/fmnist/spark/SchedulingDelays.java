package dev.fmnist.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.scheduler.TaskInfo;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Spark's scheduling overhead per benchmark job: from the moment a driver thread submits the job to the moment its
 * task starts running on an executor (the scheduler's launch, plus the executor's deserialization of the task). A job
 * submitted while every slot of the executor it ran on was taken (fewer cores than driver threads, a worker lost)
 * counts from the moment a slot there became free for it ({@link ExecutorSlots}), so that the figure is the
 * scheduler's own, not time spent queueing for a core. The first task on each executor waits for the executor's own
 * start (launching its JVM, fetching the application's jar and files) and loads its classes: it is told apart. The
 * driver thread marks the submission under the job's group; the listener matches the group's Spark job, its stage,
 * and the first attempt of its task.
 */
final class SchedulingDelays extends SparkListener {
    private static final String GROUP = "spark.jobGroup.id";
    /** Up to this many jobs, the summary lists each one's delay. */
    private static final int LISTED = 12;

    private final int taskCpus;
    private final int defaultSlots;
    private final Map<String, Long> submitted = new ConcurrentHashMap<>();
    private final Map<Integer, String> stageGroups = new ConcurrentHashMap<>();
    private final Map<Integer, String> jobGroups = new ConcurrentHashMap<>();
    private final Map<String, ExecutorSlots> executors = new ConcurrentHashMap<>();
    private final List<Long> delays = new ArrayList<>();
    private final List<Long> deserializations = new ArrayList<>();
    private final List<Long> firstOnExecutor = new ArrayList<>();

    /**
     * @param taskCpus     {@code spark.task.cpus}
     * @param defaultSlots the slots of an executor whose joining this listener did not see (the driver's own on a
     *                     {@code local[N]} master, which starts before any listener is added)
     */
    SchedulingDelays(int taskCpus, int defaultSlots) {
        this.taskCpus = Math.max(1, taskCpus);
        this.defaultSlots = defaultSlots;
    }

    /** Marks the submission of the job of {@code group}, just before the driver thread hands it to Spark. */
    void submitting(String group) {
        submitted.put(group, System.currentTimeMillis());
    }

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        String group = start.properties() == null ? null : start.properties().getProperty(GROUP);
        if (group != null) {
            jobGroups.put(start.jobId(), group);
            for (Object id : CollectionConverters.asJava(start.stageIds())) {
                stageGroups.put((Integer) id, group);
            }
        }
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd end) {
        String group = jobGroups.remove(end.jobId());
        if (group != null) {
            submitted.remove(group);
        }
    }

    @Override
    public void onExecutorAdded(SparkListenerExecutorAdded added) {
        executors.put(added.executorId(), new ExecutorSlots(added.executorInfo().totalCores() / taskCpus));
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart start) {
        TaskInfo task = start.taskInfo();
        if (task != null) {
            synchronized (this) {
                slots(task.executorId()).started(task.taskId(), task.launchTime());
            }
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskInfo task = end.taskInfo();
        if (task == null) {
            return;
        }
        TaskMetrics metrics = end.taskMetrics();
        long deserialize = metrics == null ? 0 : metrics.executorDeserializeTime();
        long executorEnd = metrics == null ? task.finishTime() : task.launchTime() + deserialize
                + metrics.executorRunTime() + metrics.resultSerializationTime();
        String group = stageGroups.remove(end.stageId());
        Long at = group == null ? null : submitted.remove(group);
        synchronized (this) {
            ExecutorSlots slots = slots(task.executorId());
            if (at != null && task.attemptNumber() == 0) {
                long delay = task.launchTime() - slots.readyAt(task.taskId(), at, task.launchTime()) + deserialize;
                if (slots.first(task.taskId())) {
                    firstOnExecutor.add(delay);
                } else {
                    delays.add(delay);
                    deserializations.add(deserialize);
                }
            }
            slots.ended(task.taskId(), task.launchTime(), executorEnd);
            long oldest = submitted.values().stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
            executors.values().forEach(e -> e.forgetBefore(oldest));
        }
    }

    private ExecutorSlots slots(String executor) {
        return executors.computeIfAbsent(executor, e -> new ExecutorSlots(defaultSlots));
    }

    /**
     * One line: how many jobs were measured, their median and longest delay with the executors' share of the median
     * (deserializing the task, which includes fetching the files and jars an executor has not yet fetched), each
     * one's delay when they are few, and apart, the first task of each executor; null when none was measured.
     */
    synchronized String summary() {
        if (delays.isEmpty() && firstOnExecutor.isEmpty()) {
            return null;
        }
        int n = delays.size();
        String steady = n == 0 ? "Spark scheduling: no job ran on an executor that had run one before"
                : String.format(Locale.ROOT, "Spark scheduling: %d job%s from submission (or a core becoming free) "
                        + "to the task running on its executor: median %.0f ms (deserializing on the executor: median "
                        + "%.0f ms), longest %d ms%s", n, n == 1 ? "" : "s", median(delays), median(deserializations),
                Collections.max(delays), n > LISTED ? "" : " (each, in the order they ended: " + list(delays) + ")");
        return firstOnExecutor.isEmpty() ? steady : steady + "; the first task of each executor, which waits for the "
                + "executor's start and loads its classes, apart: " + list(firstOnExecutor) + " ms";
    }

    private static String list(List<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
