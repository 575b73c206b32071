package dev.fmnist.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Spark's scheduling overhead per benchmark job: from the moment a driver thread submits the job to the moment its
 * task starts running on an executor (the scheduler's launch, plus the executor's deserialization of the task).
 * The driver thread marks the submission under the job's group; the listener matches the group's Spark job, its
 * stage, and the first attempt of its task.
 */
final class SchedulingDelays extends SparkListener {
    private static final String GROUP = "spark.jobGroup.id";

    private final Map<String, Long> submitted = new ConcurrentHashMap<>();
    private final Map<Integer, String> stageGroups = new ConcurrentHashMap<>();
    private final List<Long> delays = new ArrayList<>();

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
    public void onTaskEnd(SparkListenerTaskEnd end) {
        String group = stageGroups.remove(end.stageId());
        Long at = group == null ? null : submitted.remove(group);
        if (at == null || end.taskInfo() == null || end.taskInfo().attemptNumber() != 0) {
            return;
        }
        long deserialize = end.taskMetrics() == null ? 0 : end.taskMetrics().executorDeserializeTime();
        synchronized (delays) {
            delays.add(end.taskInfo().launchTime() - at + deserialize);
        }
    }

    /** The delays measured so far, in milliseconds, in the order the tasks ended. */
    List<Long> millis() {
        synchronized (delays) {
            return List.copyOf(delays);
        }
    }

    /** One line: how many jobs were measured, and their median and longest delay; null when none was. */
    String summary() {
        List<Long> sorted = new ArrayList<>(millis());
        if (sorted.isEmpty()) {
            return null;
        }
        sorted.sort(null);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return String.format(Locale.ROOT, "Spark scheduling: %d job%s from submission to the task running on its "
                + "executor: median %.0f ms, longest %d ms", n, n == 1 ? "" : "s", median, sorted.get(n - 1));
    }
}
