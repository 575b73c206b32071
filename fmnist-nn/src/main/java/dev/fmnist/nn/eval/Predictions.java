package dev.fmnist.nn.eval;

/**
 * What a network predicts for each image of a split.
 *
 * @param labels      the most probable class of each image, in split order
 * @param confidences the probability the network gives that class, 0..1, in split order
 */
public record Predictions(int[] labels, float[] confidences) {
}
