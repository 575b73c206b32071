package dev.fmnist.cli.commands;

import dev.fmnist.cli.DatasetConverter;
import dev.fmnist.cli.ExitCode;
import dev.fmnist.cli.OutputFiles;
import dev.fmnist.cli.Verb;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.progress.ConsoleProgress;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.nn.arch.ModelSpec;
import dev.fmnist.nn.train.EpochProgress;
import dev.fmnist.nn.train.EpochStats;
import dev.fmnist.nn.train.ModelTraining;
import dev.fmnist.nn.train.TrainOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fmnist train DATASET --model NAME ...}: trains a neural network, resumably, and saves it. */
@Command(name = "train", sortOptions = false,
        description = {"Train a neural network on a dataset's training split (a held-out 5%% validates each epoch), "
                + "save it, and report its test accuracy.",
                "An interrupted run resumes from FILE.checkpoint when started again with the same options; the "
                + "history (per-epoch loss, accuracies, speed) goes to FILE.history.json."},
        footer = {"", "Examples:", "  fmnist train fashion", "  fmnist train mnist --model tf-cnn --epochs 5",
                "  fmnist train fashion --model resnet --augment --out best.model"})
public final class TrainCommand extends Verb {
    /** The most epochs. */
    static final int MAX_EPOCHS = 1000;
    /** The largest batch: a whole training split. */
    static final int MAX_BATCH = 60_000;
    /** The largest peak learning rate. */
    static final double MAX_LEARNING_RATE = 10;

    @Parameters(paramLabel = "DATASET", converter = DatasetConverter.class,
            description = "fashion, mnist or kmnist.")
    private DatasetSpec dataset;

    @Option(names = "--model", paramLabel = "NAME", defaultValue = "cnn",
            description = "The network: cnn (default: a small batch-norm CNN), tf-cnn (TensorFlow-tutorial CNN), "
                    + "resnet, "
                    + "mlp-H1[-H2...][-relu|-tanh] (e.g. mlp-256-128-100).")
    private String model;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs, 1 to 1000 (default: the model's, e.g. 8 for cnn).")
    private Integer epochs;

    @Option(names = "--batch", paramLabel = "N", description = "Batch size, 1 to 60000 (default: the model's).")
    private Integer batch;

    @Option(names = "--lr", paramLabel = "X", description = "Peak learning rate of Adam, above 0 and at most 10 (default: the model's).")
    private Double learningRate;

    @Option(names = "--augment", negatable = true,
            description = "Augment training images: random crops, flips (Fashion-MNIST only), random erasing "
                    + "(default: on for resnet only).")
    private Boolean augment;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: 1).")
    private long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Model file (default: DATASET-MODEL.model).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        requireRange("--epochs", epochs, 1, MAX_EPOCHS);
        requireRange("--batch", batch, 1, MAX_BATCH);
        if (learningRate != null && !(learningRate > 0 && learningRate <= MAX_LEARNING_RATE)) {
            throw usageError("--lr must be a positive number up to " + MAX_LEARNING_RATE + ", not " + learningRate);
        }
        TrainOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
        Path file = this.out != null ? this.out : Path.of(dataset.name() + "-" + options.spec() + ".model");
        if (Files.isDirectory(file)) {
            throw usageError("--out " + file + " is a directory; give a file name");
        }
        requireNoDirectoryBeside(file, "train writes beside the model",
                List.of(ModelTraining.checkpointOf(file), ModelTraining.historyOf(file)));
        OutputFiles.checkWritable("--out", file);
        Dataset data = load(dataset);
        PrintStream out = out();
        if (Files.exists(ModelTraining.checkpointOf(file))) {
            out.println("resuming from " + ModelTraining.checkpointOf(file));
        }
        out.println("training " + data.name() + ": " + options);
        out.flush();
        EpochProgress progress = (epoch, epochs, images) -> progress(
                String.format(Locale.ROOT, "epoch %d/%d", epoch, epochs), images);
        ModelTraining.Outcome outcome = ModelTraining.train(data, options, file, progress);
        EpochStats last = outcome.record().epochs().get(outcome.record().epochs().size() - 1);
        out.printf(Locale.ROOT, "validation accuracy %.2f%%, test accuracy %.2f%% after %d epoch%s (%s of training)%n",
                100 * last.validationAccuracy(), 100 * outcome.test().accuracy(), last.epoch(),
                last.epoch() == 1 ? "" : "s",
                ConsoleProgress.duration(outcome.record().trainingSeconds()));
        out.println("model saved to " + outcome.model() + ", history to " + outcome.history());
        return ExitCode.OK;
    }

    private TrainOptions options() {
        TrainOptions o = TrainOptions.defaults(ModelSpec.parse(model)).withSeed(seed);
        if (epochs != null) {
            o = o.withEpochs(epochs);
        }
        if (batch != null) {
            o = o.withBatchSize(batch);
        }
        if (learningRate != null) {
            o = o.withLearningRate(learningRate);
        }
        if (augment != null) {
            o = o.withAugment(augment);
        }
        return o;
    }
}
