package dev.fmnist.classic.run;

import dev.fmnist.classic.features.PreparedDataset;
import dev.fmnist.data.FileProvenance;
import dev.fmnist.estimator.FamilyRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * An engine that jobs can execute on: opens the {@link JobExecutor} of one benchmark run. The local engine is
 * built in ({@link #LOCAL}); others (Apache Spark, in fmnist-spark) are found by name through
 * {@link ServiceLoader} when their module is on the class path, so nothing else depends on them.
 */
public interface JobExecutorFactory {
    /** The engine's name, as {@code --engine} gives it. */
    String engine();

    /**
     * Opens an executor for one run.
     *
     * @throws EngineException when the engine cannot start (a cluster that cannot be reached, for example)
     */
    JobExecutor open(Run run) throws IOException;

    /**
     * What a run gives its executor.
     *
     * @param families     the families jobs name
     * @param datasets     the datasets, prepared
     * @param files        each dataset's files as they were loaded and verified, by dataset name (for engines that
     *                     ship them elsewhere)
     * @param workers      jobs at once
     * @param cores        this machine's cores
     * @param memoryBudget bytes that running jobs' estimates may add up to
     * @param timeLimit    the most a job may run, or null for no limit
     * @param master       where the engine runs, in its own terms (Spark: a master URL); null for its default
     * @param log          receives the engine's messages, one line each
     */
    record Run(FamilyRegistry families, List<PreparedDataset> datasets, Map<String, List<FileProvenance>> files,
               int workers, int cores, long memoryBudget, Duration timeLimit, String master, Consumer<String> log) {
        public Run {
            datasets = List.copyOf(datasets);
            files = Map.copyOf(files);
        }
    }

    /** Thrown when an engine cannot start or goes away; its message is one line for the user. */
    final class EngineException extends IOException {
        private static final long serialVersionUID = 1L;

        public EngineException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Worker threads on this machine: {@link LocalJobExecutor}. */
    JobExecutorFactory LOCAL = new JobExecutorFactory() {
        @Override
        public String engine() {
            return "local";
        }

        @Override
        public JobExecutor open(Run run) {
            return new LocalJobExecutor(new JobRunner(run.families(), run.datasets()), run.workers(), run.cores(),
                    run.memoryBudget(), run.timeLimit());
        }
    };

    /**
     * The engine of this name: {@code local}, or one a module on the class path provides.
     *
     * @throws IllegalArgumentException naming the engines there are, when none has this name
     */
    static JobExecutorFactory named(String engine) {
        if (LOCAL.engine().equals(engine)) {
            return LOCAL;
        }
        StringBuilder known = new StringBuilder(LOCAL.engine());
        for (JobExecutorFactory f : ServiceLoader.load(JobExecutorFactory.class)) {
            if (f.engine().equals(engine)) {
                return f;
            }
            known.append(", ").append(f.engine());
        }
        String hint = "spark".equals(engine)
                ? "; the Spark engine needs the fmnist-spark module: run it through ./fmnist, which builds and adds it"
                : "";
        throw new IllegalArgumentException("unknown engine '" + engine + "': engines here: " + known + hint);
    }
}
