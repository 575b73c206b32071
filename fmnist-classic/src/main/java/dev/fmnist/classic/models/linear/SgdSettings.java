package dev.fmnist.classic.models.linear;

/**
 * One configuration of scikit-learn's plain SGD, shared by SGDClassifier, Perceptron and PassiveAggressiveClassifier.
 *
 * @param loss          the binary loss
 * @param penalty       the weight penalty
 * @param alpha         penalty strength
 * @param l1Ratio       share of L1 in the elastic net (as in scikit-learn, 1 for a pure L1 and 0 for a pure L2
 *                      penalty whatever is given)
 * @param schedule      how the step size evolves
 * @param eta0          the constant step size ({@link Schedule#CONSTANT})
 * @param aggressiveness the passive-aggressive {@code C} ({@link Schedule#PA1})
 * @param maxEpochs     passes over the data at most
 * @param tol           stop when an epoch's summed loss improves by less than {@code tol * n} ...
 * @param patience      ... this many epochs in a row ({@code n_iter_no_change})
 */
public record SgdSettings(Loss loss, Penalty penalty, double alpha, double l1Ratio, Schedule schedule, double eta0,
                          double aggressiveness, int maxEpochs, double tol, int patience) {
    public SgdSettings {
        l1Ratio = switch (penalty) {
            case L1 -> 1;
            case L2, NONE -> 0;
            case ELASTICNET -> l1Ratio;
        };
    }

    /** Step-size schedules. */
    public enum Schedule {
        /** {@code eta0} throughout. */
        CONSTANT,
        /** Bottou's {@code 1 / (alpha (t0 + t))}, scikit-learn's {@code optimal}. */
        OPTIMAL,
        /** Passive-aggressive PA-I: the smallest step that fixes the sample's hinge loss, capped at {@code C}. */
        PA1
    }
}
