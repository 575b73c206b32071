package dev.fmnist.bench;

import ai.djl.pytorch.jni.JniUtils;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.DatasetReader;
import dev.fmnist.data.Normalization;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.nn.arch.ModelSpec;
import dev.fmnist.nn.data.Augmentation;
import dev.fmnist.nn.data.SplitSource;
import dev.fmnist.nn.model.ModelManifest;
import dev.fmnist.nn.model.Network;
import dev.fmnist.nn.train.EpochProgress;
import dev.fmnist.nn.train.EpochStats;
import dev.fmnist.nn.train.TrainOptions;
import dev.fmnist.nn.train.TrainingRun;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The Java side of {@code bench/nn-vs-pytorch.sh}: trains one epoch of a model on Fashion-MNIST's 60,000 training
 * images (Adam, no validation split) and times it, then times inference on the 10,000 test images. Prints one line
 * of JSON. Usage: {@code EpochTimer DATA_DIR MODEL BATCH}.
 */
public final class EpochTimer {
    private EpochTimer() {
    }

    public static void main(String[] args) throws Exception {
        Dataset d = DatasetReader.readDirectory(Datasets.FASHION, Path.of(args[0]));
        ModelSpec spec = ModelSpec.parse(args[1]);
        TrainOptions options = TrainOptions.defaults(spec).withEpochs(1).withBatchSize(Integer.parseInt(args[2]));
        Normalization norm = Normalization.standardize(d.train());
        ModelManifest manifest = ModelManifest.of(spec, d.name(), d.labelNames(), 28, 28, norm);
        TrainingRun.Result r = new TrainingRun(options, d.name(), null, null, EpochProgress.CONSOLE)
                .run(manifest, new SplitSource(d.train(), norm, Augmentation.NONE), null);
        try (Network net = r.network()) {
            EpochStats epoch = r.history().epochs().get(0);
            SplitSource test = new SplitSource(d.test(), norm, Augmentation.NONE);
            net.predict(test);
            long start = System.nanoTime();
            int[] predicted = net.predict(test);
            double seconds = (System.nanoTime() - start) / 1e9;
            int correct = 0;
            for (int i = 0; i < predicted.length; i++) {
                correct += predicted[i] == d.test().label(i) ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "{\"engine\": \"fmnist (DJL 0.36.0, PyTorch 2.7.1)\", \"model\": \"%s\", "
                    + "\"batch\": %d, \"threads\": %d, \"epoch_seconds\": %.2f, "
                    + "\"inference_images_per_second\": %.0f, \"test_accuracy_after_1_epoch\": %.4f}%n", spec,
                    options.batchSize(), JniUtils.getNumThreads(), epoch.seconds(), predicted.length / seconds,
                    correct / (double) predicted.length);
        }
    }
}
