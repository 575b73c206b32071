package dev.fmnist.viz.embed;

/**
 * The settings of t-SNE, scikit-learn's defaults unless said otherwise: perplexity 30, 1,000 iterations (the first
 * 250 with early exaggeration 12 and momentum 0.5, the rest with momentum 0.8), Barnes-Hut angle 0.5,
 * {@code learning_rate='auto'} ({@code max(n / 12 / 4, 50)}) and {@code init='pca'}; the neighbours are searched
 * among the first {@code pcaDimensions} principal coordinates.
 */
public record TsneSettings(double perplexity, int iterations, double theta, int pcaDimensions) {
    /** Iterations of early exaggeration. */
    static final int EXPLORATION = 250;
    /** The early exaggeration. */
    static final double EXAGGERATION = 12;

    /** scikit-learn's defaults, neighbours among 50 principal coordinates. */
    public static final TsneSettings DEFAULT = new TsneSettings(30, 1000, 0.5, 50);

    /** Checks the ranges. */
    public TsneSettings {
        if (!(perplexity >= 1) || iterations < EXPLORATION + 1 || !(theta > 0 && theta <= 0.5) || pcaDimensions < 2) {
            throw new IllegalArgumentException("t-SNE needs perplexity >= 1, more than " + EXPLORATION
                    + " iterations, theta in (0, 0.5] and at least 2 principal coordinates");
        }
    }

    /** The neighbours per point: {@code 3 x perplexity + 1}, as scikit-learn, at most {@code n - 1}. */
    int neighbours(int n) {
        return Math.min(n - 1, (int) (3 * perplexity + 1));
    }

    /** scikit-learn's {@code learning_rate='auto'}. */
    static double learningRate(int n) {
        return Math.max(n / EXAGGERATION / 4, 50);
    }
}
