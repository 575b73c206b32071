package dev.fmnist.classic.models.linear;

/**
 * The binary classification losses of scikit-learn's plain SGD ({@code sklearn/linear_model/_sgd_fast.pyx}), for a
 * prediction {@code p} and a label {@code y} in {-1, +1}.
 */
public enum Loss {
    /** {@code max(0, 1 - p*y)}: linear SVM. */
    HINGE {
        @Override
        double loss(double p, double y) {
            return Math.max(0, 1 - p * y);
        }

        @Override
        double dloss(double p, double y) {
            return p * y <= 1 ? -y : 0;
        }
    },
    /** {@code max(0, -p*y)}: the perceptron criterion (hinge with threshold 0). */
    PERCEPTRON {
        @Override
        double loss(double p, double y) {
            return Math.max(0, -p * y);
        }

        @Override
        double dloss(double p, double y) {
            return p * y <= 0 ? -y : 0;
        }
    },
    /** {@code max(0, 1 - p*y)^2}. */
    SQUARED_HINGE {
        @Override
        double loss(double p, double y) {
            double z = 1 - p * y;
            return z > 0 ? z * z : 0;
        }

        @Override
        double dloss(double p, double y) {
            double z = 1 - p * y;
            return z > 0 ? -2 * y * z : 0;
        }
    },
    /** {@code log(1 + exp(-p*y))}: logistic regression. */
    LOG {
        @Override
        double loss(double p, double y) {
            double z = p * y;
            if (z > 18) {
                return Math.exp(-z);
            }
            if (z < -18) {
                return -z;
            }
            return Math.log1p(Math.exp(-z));
        }

        @Override
        double dloss(double p, double y) {
            double z = p * y;
            if (z > 18) {
                return -y * Math.exp(-z);
            }
            if (z < -18) {
                return -y;
            }
            return -y / (Math.exp(z) + 1);
        }
    },
    /** Quadratically smoothed hinge: {@code max(0, 1 - p*y)^2} for {@code p*y >= -1}, else {@code -4 p*y}. */
    MODIFIED_HUBER {
        @Override
        double loss(double p, double y) {
            double z = p * y;
            if (z >= 1) {
                return 0;
            }
            return z >= -1 ? (1 - z) * (1 - z) : -4 * z;
        }

        @Override
        double dloss(double p, double y) {
            double z = p * y;
            if (z >= 1) {
                return 0;
            }
            return z >= -1 ? -2 * (1 - z) * y : -4 * y;
        }
    };

    abstract double loss(double p, double y);

    abstract double dloss(double p, double y);

    /** The loss of that scikit-learn name ({@code hinge}, {@code log} or {@code log_loss}, ...). */
    public static Loss named(String name) {
        return switch (name) {
            case "hinge" -> HINGE;
            case "perceptron" -> PERCEPTRON;
            case "squared_hinge" -> SQUARED_HINGE;
            case "log", "log_loss" -> LOG;
            case "modified_huber" -> MODIFIED_HUBER;
            default -> throw new IllegalArgumentException("unknown SGD loss " + name
                    + "; known: hinge, squared_hinge, perceptron, log, log_loss, modified_huber");
        };
    }
}
