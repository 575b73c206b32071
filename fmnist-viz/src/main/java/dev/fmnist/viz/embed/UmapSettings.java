package dev.fmnist.viz.embed;

/**
 * The settings of UMAP: umap-learn's defaults except for the curve and the repulsion. 15 neighbours (the point
 * itself included, as umap-learn counts them), 5 negative samples per positive one, learning rate 1, and 200 epochs
 * above 10,000 points (500 below, {@code epochs = 0}); the neighbours are searched among the first
 * {@code pcaDimensions} principal coordinates. The map's similarity curve {@code 1 / (1 + a d^(2b))} is the
 * heavy-tailed {@code a = 1}, {@code b = 1/2} instead of umap-learn's {@code min_dist=0.1} fit ({@code a = 1.577},
 * {@code b = 0.895}), and the repulsion ({@code repulsion_strength}, umap-learn's {@code gamma}) is 3 instead of 1:
 * with umap-learn's values a map of all 70,000 Fashion-MNIST images keeps 8 points fewer of its nearest neighbours'
 * classes than t-SNE's (docs/decisions.md).
 */
public record UmapSettings(int neighbours, double a, double b, int negativeSamples, double repulsion,
                           double learningRate, int epochs, int pcaDimensions) {
    /** The defaults above, neighbours among 50 principal coordinates. */
    public static final UmapSettings DEFAULT = new UmapSettings(15, 1, 0.5, 5, 3, 1.0, 0, 50);

    /** umap-learn's own defaults ({@code min_dist=0.1}, {@code repulsion_strength=1}), for comparison. */
    public static final UmapSettings UMAP_LEARN = new UmapSettings(15, 1.577, 0.895, 5, 1, 1.0, 0, 50);

    /** Checks the ranges. */
    public UmapSettings {
        if (neighbours < 2 || !(a > 0) || !(b > 0) || negativeSamples < 0 || !(repulsion > 0) || !(learningRate > 0)
                || epochs < 0 || pcaDimensions < 2) {
            throw new IllegalArgumentException("UMAP needs at least 2 neighbours, positive a, b, repulsion and "
                    + "learning rate, and at least 2 principal coordinates");
        }
    }

    /** The epochs for {@code n} points: {@code epochs}, or when 0 umap-learn's default. */
    int epochs(int n) {
        return epochs > 0 ? epochs : n > 10_000 ? 200 : 500;
    }
}
