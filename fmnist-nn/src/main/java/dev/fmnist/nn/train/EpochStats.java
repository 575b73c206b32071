package dev.fmnist.nn.train;

/**
 * One epoch of training.
 *
 * @param epoch              the epoch, from 1
 * @param loss               mean training loss
 * @param trainAccuracy      accuracy on the training batches while training (with dropout and augmentation)
 * @param validationAccuracy accuracy on the held-out validation images after the epoch
 * @param learningRate       the learning rate at the end of the epoch
 * @param seconds            wall time of the epoch's training steps
 * @param imagesPerSecond    training throughput
 * @param validationLoss     mean cross-entropy on the validation images after the epoch; null in histories written
 *                           before fmnist recorded it
 */
public record EpochStats(int epoch, double loss, double trainAccuracy, double validationAccuracy,
                         double learningRate, double seconds, double imagesPerSecond, Double validationLoss) {
}
