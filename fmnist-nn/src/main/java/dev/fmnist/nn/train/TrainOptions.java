package dev.fmnist.nn.train;

import dev.fmnist.nn.arch.ModelSpec;
import java.util.Locale;

/**
 * How a network is trained.
 *
 * @param spec               the architecture
 * @param epochs             passes over the training images
 * @param batchSize          images per step
 * @param learningRate       Adam's peak learning rate (warm-up, then cosine decay)
 * @param weightDecay        L2 weight decay
 * @param augment            whether to augment training images (crops, flips for clothes, erasing)
 * @param seed               seed of weight initialization, shuffles, dropout and augmentation
 * @param validationFraction the share of the training split held out for validation after each epoch
 */
public record TrainOptions(ModelSpec spec, int epochs, int batchSize, double learningRate, double weightDecay,
                           boolean augment, long seed, double validationFraction) {
    public TrainOptions {
        if (epochs <= 0 || batchSize <= 0 || !(learningRate > 0 && Double.isFinite(learningRate)) || weightDecay < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "epochs (%d), batch size (%d) and learning rate (%s) must be positive", epochs, batchSize,
                    learningRate));
        }
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be between 0 and 1, not "
                    + validationFraction);
        }
    }

    /** The tuned defaults of an architecture (epochs, batch, learning rate; augmentation for the residual net). */
    public static TrainOptions defaults(ModelSpec spec) {
        switch (spec.architecture()) {
            case "cnn":
                return new TrainOptions(spec, 8, 128, 3e-3, 1e-4, false, 1, 0.05);
            case "tf-cnn":
                return new TrainOptions(spec, 10, 100, 1e-3, 0, false, 1, 0.05);
            case "resnet":
                return new TrainOptions(spec, 24, 128, 2e-3, 5e-4, true, 1, 0.05);
            default:
                return new TrainOptions(spec, 20, 200, 1e-3, 1e-4, false, 1, 0.05);
        }
    }

    public TrainOptions withEpochs(int n) {
        return new TrainOptions(spec, n, batchSize, learningRate, weightDecay, augment, seed, validationFraction);
    }

    public TrainOptions withBatchSize(int n) {
        return new TrainOptions(spec, epochs, n, learningRate, weightDecay, augment, seed, validationFraction);
    }

    public TrainOptions withLearningRate(double lr) {
        return new TrainOptions(spec, epochs, batchSize, lr, weightDecay, augment, seed, validationFraction);
    }

    public TrainOptions withAugment(boolean on) {
        return new TrainOptions(spec, epochs, batchSize, learningRate, weightDecay, on, seed, validationFraction);
    }

    public TrainOptions withSeed(long s) {
        return new TrainOptions(spec, epochs, batchSize, learningRate, weightDecay, augment, s, validationFraction);
    }

    /** A one-line description, also how a checkpoint recognizes the run it belongs to. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "model=%s epochs=%d batch=%d lr=%s weight_decay=%s augment=%s seed=%d "
                + "validation=%s", spec, epochs, batchSize, learningRate, weightDecay, augment, seed,
                validationFraction);
    }
}
