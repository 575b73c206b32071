package dev.fmnist.nn.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * What a network predicts for each image of a split.
 *
 * @param labels      the most probable class of each image, in split order
 * @param confidences the probability the network gives that class, 0..1, in split order
 */
public record Predictions(int[] labels, float[] confidences) {
    /**
     * An image the network classified wrong.
     *
     * @param index      the image's index in the split
     * @param truth      its true label
     * @param predicted  the label the network gave it
     * @param confidence the probability the network gave {@code predicted}, 0..1
     */
    public record Mistake(int index, int truth, int predicted, float confidence) {
    }

    /** These predictions tallied against the true labels ({@code truth[i]} of image {@code i}). */
    public Evaluation evaluation(List<String> labelNames, int[] truth) {
        return Evaluation.of(labelNames, truth, labels);
    }

    /** Every image predicted wrong, in split order. */
    public List<Mistake> mistakes(int[] truth) {
        List<Mistake> wrong = new ArrayList<>();
        for (int i = 0; i < truth.length; i++) {
            if (labels[i] != truth[i]) {
                wrong.add(new Mistake(i, truth[i], labels[i], confidences[i]));
            }
        }
        return wrong;
    }
}
