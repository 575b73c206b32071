package dev.fmnist.spark;

import dev.fmnist.classic.job.Job;
import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.results.Json;
import dev.fmnist.classic.results.RepeatRecord;
import dev.fmnist.classic.run.JobRunner;
import dev.fmnist.data.progress.Progress;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.spark.SparkEnv;
import org.apache.spark.SparkFiles;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;

/**
 * The executor side of one benchmark job: the job arrives as JSON with its threads, runs through {@code JobRunner}
 * exactly as on the local engine, and goes back as its {@link RepeatRecord} line. The datasets are loaded once per
 * executor JVM.
 *
 * @param datasets the run's datasets, as shipped
 */
record RunJob(List<ShippedDataset> datasets) implements Function<RunJob.Task, String> {
    private static final long serialVersionUID = 1L;

    /**
     * One job for an executor.
     *
     * @param job     the job, as JSON
     * @param threads the threads it may use
     */
    record Task(String job, int threads) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Marks a failure of the engine (a dataset that cannot be loaded there), not of the job. */
    static final String ENGINE_FAILURE = "fmnist engine failure: ";

    RunJob {
        datasets = List.copyOf(datasets);
    }

    @Override
    public String call(Task t) throws IOException {
        Job job = Json.MAPPER.readValue(t.job(), Job.class);
        JobRunner runner = loadRunner();
        TaskContext task = TaskContext.get();
        JobOutcome outcome = runner.run(job, t.threads(), new Progress() {
            @Override
            public void update(long done, String detail) {
                if (task != null && task.isInterrupted()) {
                    throw new CancellationException("the Spark job was cancelled");
                }
            }

            @Override
            public void close() {
            }
        });
        return Json.MAPPER.writeValueAsString(RepeatRecord.of(outcome));
    }

    private JobRunner loadRunner() throws IOException {
        try {
            return ExecutorDatasets.runner(datasets, name -> Path.of(SparkFiles.get(name)));
        } catch (IOException | RuntimeException e) {
            throw new IOException(ENGINE_FAILURE + "cannot load the datasets on executor "
                    + SparkEnv.get().executorId() + ": " + e.getMessage(), e);
        }
    }
}
