package dev.fmnist.classic.models.tree;

/**
 * How one CART tree grows.
 *
 * @param criterion   the impurity to minimize
 * @param randomSplit draw one random threshold per feature (scikit-learn's {@code splitter=random}) instead of
 *                    searching every threshold ({@code best})
 * @param maxDepth    the deepest a leaf may be (the root is depth 0)
 * @param maxFeatures features tried per node, given the feature count (0 means all)
 */
record TreeSettings(Criterion criterion, boolean randomSplit, int maxDepth, TreeFamily.FeatureRule maxFeatures) {

    /** Node impurity measures. */
    enum Criterion {
        GINI, ENTROPY;

        static Criterion named(String name) {
            return switch (name) {
                case "gini" -> GINI;
                case "entropy", "log_loss" -> ENTROPY;
                default -> throw new IllegalArgumentException("unknown tree criterion " + name + "; known: gini, entropy, log_loss");
            };
        }
    }
}
