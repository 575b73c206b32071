package dev.fmnist.classic.models.glm;

import java.util.SplittableRandom;

/**
 * Solves one binary problem on the training rows it was built for, with a bias feature of value 1 appended to
 * every row (scikit-learn's {@code intercept_scaling=1}, penalized like the other weights, as in LIBLINEAR).
 */
interface BinarySolver {
    /**
     * @param y      +1 or -1 for every training row
     * @param random the source of the coordinate orders (unused by deterministic solvers)
     * @return the weights, bias last: {@code w . x + b > 0} predicts +1
     */
    double[] solve(byte[] y, SplittableRandom random);
}
