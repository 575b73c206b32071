package dev.fmnist.nn.train;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.Normalization;
import dev.fmnist.data.TrainValidation;
import dev.fmnist.nn.data.Augmentation;
import dev.fmnist.nn.data.SplitSource;
import dev.fmnist.nn.eval.Evaluation;
import dev.fmnist.nn.eval.Evaluator;
import dev.fmnist.nn.eval.Predictions;
import dev.fmnist.nn.model.ModelFile;
import dev.fmnist.nn.model.ModelManifest;
import dev.fmnist.nn.model.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A whole training of a dataset, as {@code fmnist train} runs it: hold out a stratified validation split, standardize
 * with the rest's pixel statistics, train (resuming from {@code FILE.checkpoint} if an earlier run was interrupted),
 * save the model to {@code FILE}, evaluate it on the test split; the history goes to {@code FILE.history.json} after
 * each epoch and, with the test accuracy, per-class accuracy, confusion matrix and mistakes, at the end.
 */
public final class ModelTraining {
    private ModelTraining() {
    }

    /** What a finished training produced. */
    public record Outcome(Path model, Path history, TrainingHistory record, Evaluation test) {
    }

    /** The checkpoint of the model file {@code out}. */
    public static Path checkpointOf(Path out) {
        return out.resolveSibling(out.getFileName() + ".checkpoint");
    }

    /** The history file of the model file {@code out}. */
    public static Path historyOf(Path out) {
        return out.resolveSibling(out.getFileName() + ".history.json");
    }

    /** Trains, saves and evaluates a model of {@code dataset}. */
    public static Outcome train(Dataset dataset, TrainOptions options, Path out, EpochProgress progress)
            throws IOException {
        TrainValidation tv = dataset.train().stratifiedSplit(options.validationFraction(), options.seed());
        Normalization norm = Normalization.standardize(tv.train());
        ModelManifest manifest = ModelManifest.of(options.spec(), dataset.name(), dataset.labelNames(),
                dataset.train().rows(), dataset.train().cols(), norm);
        Augmentation augmentation = options.augment()
                ? Augmentation.standard("fashion".equals(dataset.name())) : Augmentation.NONE;
        Path checkpoint = checkpointOf(out);
        Path historyFile = historyOf(out);
        TrainingRun run = new TrainingRun(options, dataset.name(), checkpoint, historyFile, progress);
        TrainingRun.Result result = run.run(manifest, new SplitSource(tv.train(), norm, augmentation),
                new SplitSource(tv.validation(), norm, Augmentation.NONE));
        try (Network network = result.network()) {
            ModelFile.write(out, network);
            Predictions predictions = Evaluator.predictions(network, dataset.test());
            int[] truth = Evaluator.truth(dataset.test());
            Evaluation test = predictions.evaluation(network.manifest().labelNames(), truth);
            TrainingHistory history = result.history().withTest(test, predictions.mistakes(truth));
            TrainingRun.writeHistory(historyFile, history);
            Files.deleteIfExists(checkpoint);
            return new Outcome(out, historyFile, history, test);
        }
    }
}
