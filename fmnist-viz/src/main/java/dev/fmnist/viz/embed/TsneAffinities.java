package dev.fmnist.viz.embed;

/**
 * t-SNE's input similarities, as scikit-learn computes them: for each point, Gaussian conditional probabilities over
 * its nearest neighbours' squared distances with the bandwidth found by bisection to match the perplexity (entropy
 * within 1e-5 nats, at most 100 steps), then {@code P = (P + P^T) / sum}.
 */
final class TsneAffinities {
    private static final int STEPS = 100;
    private static final double ENTROPY_TOLERANCE = 1e-5;

    private TsneAffinities() {
    }

    static SparseSymmetric of(NeighbourGraph graph, double perplexity, Workers workers) {
        int n = graph.count();
        int k = graph.k();
        double[] conditional = new double[n * k];
        double target = Math.log(perplexity);
        int tasks = (n + 1023) / 1024;
        workers.run(tasks, t -> {
            double[] d2 = new double[k];
            for (int i = t * 1024; i < Math.min(n, (t + 1) * 1024); i++) {
                for (int r = 0; r < k; r++) {
                    double d = graph.distance()[i * k + r];
                    d2[r] = d * d;
                }
                calibrate(d2, target, conditional, i * k);
            }
        });
        SparseSymmetric joint = SparseSymmetric.symmetrize(graph, conditional, Double::sum);
        double sum = 0;
        for (double v : joint.value()) {
            sum += v;
        }
        double scale = 1 / Math.max(sum, Double.MIN_NORMAL);
        for (int e = 0; e < joint.value().length; e++) {
            joint.value()[e] *= scale;
        }
        return joint;
    }

    /** Writes the row's probabilities {@code exp(-beta d2) / sum}, of entropy {@code target}, at {@code out[at..]}. */
    static void calibrate(double[] d2, double target, double[] out, int at) {
        int k = d2.length;
        double beta = 1;
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        double sum = 0;
        for (int step = 0; step < STEPS; step++) {
            sum = 0;
            double weighted = 0;
            for (int r = 0; r < k; r++) {
                double p = Math.exp(-d2[r] * beta);
                out[at + r] = p;
                sum += p;
                weighted += d2[r] * p;
            }
            if (sum == 0) {
                sum = 1e-8;
            }
            double entropy = Math.log(sum) + beta * weighted / sum;
            double diff = entropy - target;
            if (Math.abs(diff) <= ENTROPY_TOLERANCE) {
                break;
            }
            if (diff > 0) {
                low = beta;
                beta = high == Double.POSITIVE_INFINITY ? beta * 2 : (beta + high) / 2;
            } else {
                high = beta;
                beta = low == Double.NEGATIVE_INFINITY ? beta / 2 : (beta + low) / 2;
            }
        }
        for (int r = 0; r < k; r++) {
            out[at + r] /= sum;
        }
    }
}
