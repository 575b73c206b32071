package dev.fmnist.viz.embed;

/**
 * The settings of UMAP, umap-learn's defaults: 15 neighbours (the point itself included, as umap-learn counts them),
 * {@code min_dist=0.1} and {@code spread=1} as the curve {@code 1 / (1 + a d^(2b))} with {@code a=1.577},
 * {@code b=0.895}, 5 negative samples per positive one, learning rate 1, and 200 epochs above 10,000 points (500
 * below, {@code epochs = 0}); the neighbours are searched among the first {@code pcaDimensions} principal
 * coordinates.
 */
public record UmapSettings(int neighbours, double a, double b, int negativeSamples, double learningRate,
                           int epochs, int pcaDimensions) {
    /** umap-learn's defaults, neighbours among 50 principal coordinates. */
    public static final UmapSettings DEFAULT = new UmapSettings(15, 1.577, 0.895, 5, 1.0, 0, 50);

    /** Checks the ranges. */
    public UmapSettings {
        if (neighbours < 2 || !(a > 0) || !(b > 0) || negativeSamples < 0 || !(learningRate > 0) || epochs < 0
                || pcaDimensions < 2) {
            throw new IllegalArgumentException("UMAP needs at least 2 neighbours, positive a, b and learning rate, "
                    + "and at least 2 principal coordinates");
        }
    }

    /** The epochs for {@code n} points: {@code epochs}, or when 0 umap-learn's default. */
    int epochs(int n) {
        return epochs > 0 ? epochs : n > 10_000 ? 200 : 500;
    }
}
