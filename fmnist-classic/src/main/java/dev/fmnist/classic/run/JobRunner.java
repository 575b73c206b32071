package dev.fmnist.classic.run;

import dev.fmnist.classic.job.JobStatus;
import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.job.Job;
import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.classic.features.PreparedDataset;
import dev.fmnist.estimator.FamilyRegistry;
import dev.fmnist.data.Split;
import dev.fmnist.data.progress.Progress;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Runs one job in the calling thread, as the original benchmark does one repeat: shuffle the training set with the
 * job's seed, fit, predict the test set, score. Any executor, local or remote, runs jobs through this class.
 */
public final class JobRunner {
    private final FamilyRegistry families;
    private final Map<String, PreparedDataset> datasets = new LinkedHashMap<>();

    public JobRunner(FamilyRegistry families, Collection<PreparedDataset> datasets) {
        this.families = families;
        datasets.forEach(d -> this.datasets.put(d.name(), d));
    }

    /** The bytes a job needs while it runs: its trainer's estimate plus the shuffled copy of the training set. */
    public long memoryEstimate(Job job) {
        FeatureMatrix x = dataset(job).trainX();
        return memoryEstimate(families.get(job.configuration().family()).trainer(job.configuration().parameters()),
                x.rows(), x.cols());
    }

    /** The bytes a job of {@code trainer} on {@code rows x cols} training features needs while it runs. */
    static long memoryEstimate(Trainer trainer, int rows, int cols) {
        return trainer.memoryEstimate(rows, cols) + 4L * rows * cols + 4L * rows;
    }

    /**
     * Runs a job. Never throws: a failure of the trainer (an exception, running out of memory) becomes a
     * {@link JobStatus#FAILED} outcome, and a {@link CancellationException} (thrown by {@code progress} when the
     * executor abandons the job, from whichever of the trainer's threads reports) a {@link JobStatus#TIMED_OUT} one.
     *
     * @param threads  the threads the trainer may use
     * @param progress receives the trainer's progress notes; may throw {@link CancellationException} to stop it
     */
    public JobOutcome run(Job job, int threads, Progress progress) {
        long start = Instant.now().getEpochSecond();
        long t0 = System.nanoTime();
        try {
            PreparedDataset data = dataset(job);
            Trainer trainer = families.get(job.configuration().family()).trainer(job.configuration().parameters());
            int[] order = Split.permutation(data.trainY().length, job.seed());
            FeatureMatrix x = rows(data.trainX(), order);
            int[] y = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                y[i] = data.trainY()[order[i]];
            }
            long fitStart = System.nanoTime();
            long fitEnd;
            int[] predicted;
            try (Predictor predictor = trainer.fit(x, y, data.classCount(), job.seed(), threads, progress)) {
                fitEnd = System.nanoTime();
                predicted = predictor.predict(data.testX(), threads);
            }
            long predictEnd = System.nanoTime();
            int[][] confusion = confusion(data, predicted);
            int correct = 0;
            for (int c = 0; c < confusion.length; c++) {
                correct += confusion[c][c];
            }
            return new JobOutcome(job, JobStatus.OK, (double) correct / data.testY().length,
                    (fitEnd - fitStart) / 1e9, (predictEnd - fitEnd) / 1e9, confusion,
                    mistakes(data.testY(), predicted), threads, start, Instant.now().getEpochSecond(), null);
        } catch (CancellationException e) {
            return JobOutcome.unfinished(job, JobStatus.TIMED_OUT, "abandoned", threads, start, seconds(t0));
        } catch (OutOfMemoryError e) {
            return JobOutcome.unfinished(job, JobStatus.FAILED, "out of memory (" + e.getMessage()
                    + "): give Java more heap (FMNIST_JAVA_OPTS=-Xmx...) or run fewer --workers", threads, start,
                    seconds(t0));
        } catch (RuntimeException | StackOverflowError e) {
            return JobOutcome.unfinished(job, JobStatus.FAILED, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), threads, start, seconds(t0));
        }
    }

    private PreparedDataset dataset(Job job) {
        PreparedDataset d = datasets.get(job.dataset());
        if (d == null) {
            throw new IllegalArgumentException("dataset " + job.dataset() + " is not loaded; loaded: "
                    + String.join(", ", datasets.keySet()));
        }
        return d;
    }

    private static int[][] confusion(PreparedDataset data, int[] predicted) {
        int[] truth = data.testY();
        if (predicted.length != truth.length) {
            throw new IllegalStateException(predicted.length + " predictions for " + truth.length + " test images");
        }
        int k = data.classCount();
        int[][] confusion = new int[k][k];
        for (int i = 0; i < truth.length; i++) {
            if (predicted[i] < 0 || predicted[i] >= k) {
                throw new IllegalStateException("predicted label " + predicted[i] + " outside 0.." + (k - 1));
            }
            confusion[truth[i]][predicted[i]]++;
        }
        return confusion;
    }

    /** The {@code [index, predicted]} pairs of the images predicted wrong, in index order. */
    static int[][] mistakes(int[] truth, int[] predicted) {
        int wrong = 0;
        for (int i = 0; i < truth.length; i++) {
            if (predicted[i] != truth[i]) {
                wrong++;
            }
        }
        int[][] pairs = new int[wrong][];
        int k = 0;
        for (int i = 0; i < truth.length; i++) {
            if (predicted[i] != truth[i]) {
                pairs[k++] = new int[] {i, predicted[i]};
            }
        }
        return pairs;
    }

    private static FeatureMatrix rows(FeatureMatrix x, int[] order) {
        int d = x.cols();
        float[] out = new float[order.length * d];
        for (int i = 0; i < order.length; i++) {
            System.arraycopy(x.data(), order[i] * d, out, i * d, d);
        }
        return new FeatureMatrix(out, order.length, d);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
