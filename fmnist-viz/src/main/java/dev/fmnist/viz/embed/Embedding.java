package dev.fmnist.viz.embed;

import java.util.Map;

/**
 * A two-dimensional map of images: {@code coordinates[2 i]} and {@code coordinates[2 i + 1]} are image {@code i}'s
 * x and y, in the selection's order.
 *
 * @param method  the method that made it ({@code pca}, {@code tsne}, {@code umap})
 * @param details what the method reports about the map (for PCA the explained variance of each axis), by name
 */
public record Embedding(EmbeddingMethod method, double[] coordinates, Map<String, Double> details) {
    /** Checks that the coordinates come in pairs and takes the details as they are. */
    public Embedding {
        if (coordinates.length % 2 != 0) {
            throw new IllegalArgumentException("an odd number of coordinates: " + coordinates.length);
        }
        details = Map.copyOf(details);
    }

    /** The number of points. */
    public int count() {
        return coordinates.length / 2;
    }

    public double x(int i) {
        return coordinates[2 * i];
    }

    public double y(int i) {
        return coordinates[2 * i + 1];
    }
}
