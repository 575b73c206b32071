package dev.fmnist.nn.family;

import dev.fmnist.classic.family.FeatureMatrix;
import dev.fmnist.classic.family.Predictor;
import dev.fmnist.classic.family.Trainer;
import dev.fmnist.data.Normalization;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.nn.data.MatrixSource;
import dev.fmnist.nn.model.ModelManifest;
import dev.fmnist.nn.model.Network;
import dev.fmnist.nn.train.TrainOptions;
import dev.fmnist.nn.train.TrainingRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains a network on the benchmark's already-scaled feature matrix (all of it: the benchmark keeps its own test
 * split) and predicts with it.
 */
final class NetworkTrainer implements Trainer {
    private final TrainOptions options;

    NetworkTrainer(TrainOptions options) {
        this.options = options;
    }

    @Override
    public Predictor fit(FeatureMatrix x, int[] y, int classes, long seed, int threads, Progress progress) {
        int side = (int) Math.round(Math.sqrt(x.cols()));
        boolean image = options.spec().convolutional();
        if (image && side * side != x.cols()) {
            throw new IllegalArgumentException("a ConvNet needs square images, not " + x.cols() + " features");
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add(Integer.toString(c));
        }
        ModelManifest manifest = ModelManifest.of(options.spec(), "features", names, image ? side : 1,
                image ? side : x.cols(), Normalization.RAW);
        TrainOptions seeded = options.withSeed(seed);
        TrainingRun run = new TrainingRun(seeded, "features", null, null, (epoch, epochs, images) -> new Progress() {
            @Override
            public void update(long done, String detail) {
                progress.update((epoch - 1) * images + done, "epoch " + epoch + "/" + epochs + " " + detail);
            }

            @Override
            public void close() {
            }
        });
        try {
            Network network = run.run(manifest, new MatrixSource(x, y), null).network();
            return (features, n) -> network.predict(new MatrixSource(features, new int[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long memoryEstimate(int rows, int cols) {
        return 64L << 20;
    }
}
