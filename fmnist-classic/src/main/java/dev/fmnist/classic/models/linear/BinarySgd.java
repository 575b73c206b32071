package dev.fmnist.classic.models.linear;

import dev.fmnist.estimator.FeatureMatrix;

import java.util.SplittableRandom;

/**
 * Fits one binary linear classifier (labels +1 / -1) by scikit-learn's plain SGD: a shuffled pass per epoch, weights
 * held as {@code scale * w} so that L2 shrinkage costs O(1), cumulative L1 truncation (Tsuruoka et al. 2009), and
 * stopping when the epoch's summed loss stops improving.
 */
final class BinarySgd {
    private static final double MAX_DLOSS = 1e12;

    private final SgdSettings s;
    private final FeatureMatrix x;
    private final double[] squaredNorms;

    /**
     * @param squaredNorms squared norm of every row, needed by the passive-aggressive schedule (else null)
     */
    BinarySgd(SgdSettings settings, FeatureMatrix x, double[] squaredNorms) {
        this.s = settings;
        this.x = x;
        this.squaredNorms = squaredNorms;
    }

    /** The fitted weights (bias last) and the epochs run. */
    record Result(double[] weights, int epochs) {
    }

    Result fit(boolean[] positive, long seed) {
        int n = x.rows();
        int d = x.cols();
        float[] data = x.data();
        double[] w = new double[d];
        double[] q = s.penalty().truncates() ? new double[d] : null;
        double scale = 1;
        double bias = 0;
        double u = 0;
        double optimalInit = 0;
        if (s.schedule() == SgdSettings.Schedule.OPTIMAL) {
            double typw = Math.sqrt(1.0 / Math.sqrt(s.alpha()));
            double initialEta = typw / Math.max(1.0, s.loss().dloss(-typw, 1.0));
            optimalInit = 1.0 / (initialEta * s.alpha());
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double bestLoss = Double.POSITIVE_INFINITY;
        int stale = 0;
        long t = 1;
        int epoch = 0;
        while (epoch < s.maxEpochs()) {
            epoch++;
            shuffle(order, random);
            double sumLoss = 0;
            for (int k = 0; k < n; k++) {
                int i = order[k];
                int off = i * d;
                double y = positive[i] ? 1 : -1;
                double p = DenseVectors.dot(w, data, off, d) * scale + bias;
                double eta = switch (s.schedule()) {
                    case CONSTANT, PA1 -> s.eta0();
                    case OPTIMAL -> 1.0 / (s.alpha() * (optimalInit + t - 1));
                };
                double loss = s.loss().loss(p, y);
                sumLoss += loss;
                double update;
                if (s.schedule() == SgdSettings.Schedule.PA1) {
                    double sq = squaredNorms[i];
                    if (sq == 0) {
                        continue;
                    }
                    update = Math.min(s.aggressiveness(), loss / sq) * y;
                } else {
                    double dloss = Math.max(-MAX_DLOSS, Math.min(MAX_DLOSS, s.loss().dloss(p, y)));
                    update = -eta * dloss;
                }
                if (s.penalty().shrinks()) {
                    scale *= Math.max(0, 1 - (1 - s.l1Ratio()) * eta * s.alpha());
                    if (scale < 1e-9) {
                        for (int j = 0; j < d; j++) {
                            w[j] *= scale;
                        }
                        scale = 1;
                    }
                }
                if (update != 0) {
                    DenseVectors.axpy(update / scale, data, off, w, d);
                    bias += update;
                }
                if (q != null) {
                    u += s.l1Ratio() * eta * s.alpha();
                    truncate(w, q, scale, u);
                }
                t++;
            }
            if (sumLoss > bestLoss - s.tol() * n) {
                stale++;
            } else {
                stale = 0;
            }
            bestLoss = Math.min(bestLoss, sumLoss);
            if (stale >= s.patience()) {
                break;
            }
        }
        double[] out = new double[d + 1];
        for (int j = 0; j < d; j++) {
            out[j] = w[j] * scale;
        }
        out[d] = bias;
        return new Result(out, epoch);
    }

    /**
     * Cumulative L1 penalty: pulls each weight toward zero by what it has not yet paid, never across zero. Written
     * without branches so that the JIT vectorizes it: {@code q[j]} (the penalty already applied) stays within
     * {@code [-u, u]}, so for a positive weight the second term is zero, for a negative one the first, and for a zero
     * weight both.
     */
    private static void truncate(double[] w, double[] q, double scale, double u) {
        double inverse = 1 / scale;
        for (int j = 0; j < w.length; j++) {
            double z = w[j];
            double paid = Math.max(-u, Math.min(u, q[j]));
            double shrunk = Math.max(0, z - (u + paid) * inverse) + Math.min(0, z + (u - paid) * inverse);
            w[j] = shrunk;
            q[j] = paid + scale * (shrunk - z);
        }
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }
}
