package dev.fmnist.nn.family;

import dev.fmnist.data.Normalization;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.nn.data.MatrixSource;
import dev.fmnist.nn.engine.OfflineEngine;
import dev.fmnist.nn.model.ModelManifest;
import dev.fmnist.nn.model.Network;
import dev.fmnist.nn.model.NetworkFootprint;
import dev.fmnist.nn.train.TrainOptions;
import dev.fmnist.nn.train.TrainingRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains a network on the benchmark's already-scaled feature matrix (all of it: the benchmark keeps its own test
 * split) with the job's number of threads, and predicts with it; the predictor frees the network's native memory
 * when the job closes it.
 */
final class NetworkTrainer implements Trainer {
    /** The classes a memory estimate assumes (every dataset of the MNIST family has ten). */
    private static final int CLASSES = 10;

    private final TrainOptions options;

    NetworkTrainer(TrainOptions options) {
        this.options = options;
    }

    @Override
    public Predictor fit(FeatureMatrix x, int[] y, int classes, long seed, int threads, Progress progress) {
        OfflineEngine.threads(threads);
        TrainOptions seeded = options.withSeed(seed);
        TrainingRun run = new TrainingRun(seeded, "features", null, null, (epoch, epochs, images) -> new Progress() {
            @Override
            public void update(long done, String detail) {
                progress.step((epoch - 1) * images + done, (long) epochs * images,
                        "epoch " + epoch + "/" + epochs + " " + detail);
            }

            @Override
            public void close() {
            }
        });
        try {
            return new NetworkPredictor(run.run(manifest(x.cols(), classes), new MatrixSource(x, y), null).network());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The model's own footprint: its parameters with their gradients and optimizer state, and the activations of a
     * training batch (native memory the machine must have beside the heap), from the network built for
     * {@code cols} features.
     */
    @Override
    public long memoryEstimate(int rows, int cols) {
        try (Network network = Network.create(manifest(cols, CLASSES), 0)) {
            return NetworkFootprint.trainingBytes(network, options.batchSize()) + 4L * rows * CLASSES;
        }
    }

    private ModelManifest manifest(int cols, int classes) {
        int side = (int) Math.round(Math.sqrt(cols));
        boolean image = options.spec().convolutional();
        if (image && side * side != cols) {
            throw new IllegalArgumentException("a ConvNet needs square images, not " + cols + " features");
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add(Integer.toString(c));
        }
        return ModelManifest.of(options.spec(), "features", names, image ? side : 1, image ? side : cols,
                Normalization.RAW);
    }

    /** A trained network as the benchmark's predictor. */
    private static final class NetworkPredictor implements Predictor {
        private final Network network;

        NetworkPredictor(Network network) {
            this.network = network;
        }

        @Override
        public int[] predict(FeatureMatrix features, int threads) {
            OfflineEngine.threads(threads);
            return network.predict(new MatrixSource(features, new int[0]));
        }

        @Override
        public void close() {
            network.close();
        }
    }
}
