package dev.fmnist.classic.models.svm;

/**
 * LIBSVM's kernels, written in terms of the dot product {@code x.y} and the squared norms of {@code x} and
 * {@code y}, so that the dot products can come from one vectorized pass over many rows.
 *
 * @param type   the kernel's form
 * @param gamma  the coefficient of {@code x.y} (rbf: of the squared distance)
 * @param degree the power of the poly kernel
 * @param coef0  the constant of the poly and sigmoid kernels
 */
record Kernel(Type type, double gamma, int degree, double coef0) {
    /** The kernels of LIBSVM and scikit-learn's {@code SVC}. */
    enum Type {
        /** {@code x.y} */
        LINEAR,
        /** {@code (gamma x.y + coef0)^degree} */
        POLY,
        /** {@code exp(-gamma |x - y|^2)}, with {@code |x - y|^2 = |x|^2 + |y|^2 - 2 x.y} as in LIBSVM */
        RBF,
        /** {@code tanh(gamma x.y + coef0)} */
        SIGMOID
    }

    /** The kernel value of two rows with dot product {@code dot} and squared norms {@code squaredX}, {@code squaredY}. */
    double value(double dot, double squaredX, double squaredY) {
        return switch (type) {
            case LINEAR -> dot;
            case POLY -> power(gamma * dot + coef0, degree);
            case RBF -> Math.exp(-gamma * (squaredX + squaredY - 2 * dot));
            case SIGMOID -> Math.tanh(gamma * dot + coef0);
        };
    }

    /** {@code base^times} by repeated squaring, LIBSVM's {@code powi}. */
    private static double power(double base, int times) {
        double tmp = base;
        double ret = 1.0;
        for (int t = times; t > 0; t /= 2) {
            if (t % 2 == 1) {
                ret *= tmp;
            }
            tmp = tmp * tmp;
        }
        return ret;
    }
}
