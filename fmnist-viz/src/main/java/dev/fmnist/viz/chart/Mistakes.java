package dev.fmnist.viz.chart;

import dev.fmnist.data.Image;
import java.util.List;

/**
 * Misclassified images for {@link MistakeGallery}.
 *
 * @param title what made the mistakes, for example {@code cnn on Fashion-MNIST test}
 * @param total how many mistakes there are in all (the gallery may show fewer)
 * @param items the mistakes to show, in order
 * @param pairs the most confused pairs of classes, most first
 */
public record Mistakes(String title, int total, List<Item> items, List<Confusion.Pair> pairs) {
    public Mistakes {
        items = List.copyOf(items);
        pairs = List.copyOf(pairs);
    }

    /**
     * One misclassified image.
     *
     * @param image      the image
     * @param index      its index in its split
     * @param truth      its true class's name
     * @param predicted  the name of the class predicted
     * @param confidence the probability given to the predicted class, 0..1, or NaN when the classifier gives none
     */
    public record Item(Image image, int index, String truth, String predicted, double confidence) {
    }
}
