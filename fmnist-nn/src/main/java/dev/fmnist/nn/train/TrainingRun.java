package dev.fmnist.nn.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import dev.fmnist.data.Split;
import dev.fmnist.data.io.AtomicFiles;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.nn.data.BatchSource;
import dev.fmnist.nn.model.ModelManifest;
import dev.fmnist.nn.model.Network;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Trains a network with Adam on batches built straight from a {@link BatchSource}, validating after each epoch and
 * saving a checkpoint, so that a run started again with the same options resumes after its last finished epoch.
 * Everything random (initial weights, shuffles, dropout, augmentation) derives from the seed and the epoch number,
 * so that a run, interrupted or not, is deterministic on the CPU.
 */
public final class TrainingRun {
    /** The smallest probability taken for the loss, so that a confident mistake costs a finite loss. */
    private static final double MIN_PROBABILITY = 1e-12;

    private final TrainOptions options;
    private final String dataset;
    private final Path checkpointFile;
    private final Path historyFile;
    private final EpochProgress progress;

    /**
     * @param checkpointFile where the checkpoint after each epoch goes (read first if it exists), or {@code null}
     *                       for none
     * @param historyFile    where the history is written as JSON after each epoch, or {@code null} for nowhere
     * @param progress       makes a progress per epoch
     */
    public TrainingRun(TrainOptions options, String dataset, Path checkpointFile, Path historyFile,
                       EpochProgress progress) {
        this.options = options;
        this.dataset = dataset;
        this.checkpointFile = checkpointFile;
        this.historyFile = historyFile;
        this.progress = progress;
    }

    /** The trained network and its history. */
    public record Result(Network network, TrainingHistory history) {
    }

    /**
     * Trains (or resumes) a network.
     *
     * @param manifest   the model to train
     * @param train      the training examples, augmented when the options say so
     * @param validation held-out examples, evaluated after each epoch, or {@code null} for none (accuracy NaN)
     * @throws IOException when the checkpoint cannot be read or written, or belongs to other options
     */
    public Result run(ModelManifest manifest, BatchSource train, BatchSource validation) throws IOException {
        Network network;
        TrainingHistory history;
        Checkpoint.Restored restored = null;
        if (checkpointFile != null && Files.exists(checkpointFile)) {
            restored = Checkpoint.read(checkpointFile);
            if (!restored.history().options().equals(options.toString())
                    || !restored.history().dataset().equals(dataset)) {
                restored.network().close();
                throw new IOException("checkpoint " + checkpointFile + " belongs to another run ("
                        + restored.history().dataset() + ", " + restored.history().options()
                        + "); delete it or save this run elsewhere");
            }
            network = restored.network();
            history = restored.history();
        } else {
            network = Network.create(manifest, options.seed());
            history = TrainingHistory.start(dataset, options);
        }
        int steps = stepsPerEpoch(train.count());
        LearningRateSchedule schedule = LearningRateSchedule.of(options.learningRate(), steps, options.epochs());
        ResumableAdam adam = new ResumableAdam(schedule, (float) options.weightDecay());
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(adam).optDevices(new Device[] {Device.cpu()});
        try (Trainer trainer = network.model().newTrainer(config); InterruptGuard guard = new InterruptGuard()) {
            trainer.initialize(network.inputShape(options.batchSize()));
            if (restored != null) {
                restored.restoreOptimizer(adam);
            }
            for (int epoch = history.epochs().size() + 1; epoch <= options.epochs(); epoch++) {
                EpochStats stats = epoch(trainer, network, adam, train, validation, epoch, guard);
                history = history.plus(stats);
                if (checkpointFile != null) {
                    Checkpoint.save(checkpointFile, network, adam, history);
                }
                if (historyFile != null) {
                    writeHistory(historyFile, history);
                }
            }
        } catch (IOException | RuntimeException e) {
            network.close();
            throw e;
        }
        return new Result(network, history);
    }

    private EpochStats epoch(Trainer trainer, Network network, ResumableAdam adam, BatchSource train,
                             BatchSource validation, int epoch, InterruptGuard guard) {
        long epochSeed = options.seed() * 1_000_003L + epoch;
        network.model().getNDManager().getEngine().setRandomSeed((int) epochSeed);
        int[] order = Split.permutation(train.count(), epochSeed);
        int batch = options.batchSize();
        int n = Math.min(train.count(), stepsPerEpoch(train.count()) * batch);
        SplittableRandom augment = options.augment() ? new SplittableRandom(~epochSeed) : null;
        int features = train.features();
        float[] x = new float[batch * features];
        long[] y = new long[batch];
        double lossSum = 0;
        long correct = 0;
        long start = System.nanoTime();
        try (Progress bar = progress.start(epoch, options.epochs(), n)) {
            for (int from = 0; from < n; from += batch) {
                guard.betweenBatches();
                int to = Math.min(n, from + batch);
                int size = to - from;
                train.fill(order, from, to, x, augment);
                for (int k = 0; k < size; k++) {
                    y[k] = train.label(order[from + k]);
                }
                adam.nextStep();
                try (NDManager m = trainer.getManager().newSubManager()) {
                    NDArray input = m.create(FloatBuffer.wrap(x, 0, size * features), network.inputShape(size));
                    NDArray labels = m.create(LongBuffer.wrap(y, 0, size), new Shape(size));
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        NDArray logits = trainer.forward(new NDList(input)).singletonOrThrow();
                        NDArray loss = trainer.getLoss().evaluate(new NDList(labels), new NDList(logits));
                        collector.backward(loss);
                        lossSum += loss.getFloat() * size;
                        correct += logits.argMax(1).eq(labels).countNonzero().getLong();
                    }
                    trainer.step();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                bar.update(to, String.format(Locale.ROOT, "loss %.4f  acc %.2f%%  %,.0f img/s",
                        lossSum / to, 100.0 * correct / to, to / seconds));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Validation v = validation == null ? new Validation(Double.NaN, Double.NaN) : validate(network, validation);
            bar.update(n, String.format(Locale.ROOT, "loss %.4f  acc %.2f%%  val %.2f%%  %,.0f img/s",
                    lossSum / n, 100.0 * correct / n, 100 * v.accuracy(), n / seconds));
            return new EpochStats(epoch, lossSum / n, (double) correct / n, v.accuracy(), adam.learningRate(),
                    seconds, n / seconds, validation == null ? null : v.loss());
        }
    }

    /**
     * Full batches per epoch: a last partial batch is left out (a fresh shuffle each epoch covers its images), as a
     * batch of one image cannot be batch-normalized. A set smaller than one batch is one batch.
     */
    private int stepsPerEpoch(int images) {
        return Math.max(1, images / options.batchSize());
    }

    /**
     * How a network does on held-out examples.
     *
     * @param accuracy the fraction classified correctly
     * @param loss     the mean cross-entropy of the true classes
     */
    public record Validation(double accuracy, double loss) {
    }

    /** The accuracy and loss of the network on {@code source}'s examples. */
    public static Validation validate(Network network, BatchSource source) {
        int classes = network.manifest().classes();
        int[] correct = new int[1];
        double[] loss = new double[1];
        network.probabilities(source, (from, to, p) -> {
            for (int k = 0; k < to - from; k++) {
                int truth = source.label(from + k);
                correct[0] += Network.argmax(p, k * classes, classes) == truth ? 1 : 0;
                loss[0] -= Math.log(Math.max(p[k * classes + truth], MIN_PROBABILITY));
            }
        });
        int n = source.count();
        return n == 0 ? new Validation(0, 0) : new Validation((double) correct[0] / n, loss[0] / n);
    }

    /** Writes the history as JSON (atomically). */
    public static void writeHistory(Path file, TrainingHistory history) throws IOException {
        AtomicFiles.writeString(file, history.toJson());
    }
}
