package dev.fmnist.nn.data;

import java.util.SplittableRandom;

/**
 * Examples a network trains or predicts on, written a batch at a time into a caller's reused {@code float[]}: no
 * per-example objects on the training path.
 */
public interface BatchSource {
    /** Number of examples. */
    int count();

    /** Floats per example (784 for 28x28 images). */
    int features();

    /** The label of example {@code i}. */
    int label(int i);

    /**
     * Writes the examples {@code order[from..to)} one after another into {@code out}, from offset 0.
     *
     * @param augment random generator for augmentation, or {@code null} for the examples as they are
     */
    void fill(int[] order, int from, int to, float[] out, SplittableRandom augment);
}
