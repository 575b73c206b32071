package dev.fmnist.viz.embed;

import dev.fmnist.data.progress.Progress;
import java.util.Map;

/**
 * UMAP as umap-learn computes it, made deterministic: approximate neighbours ({@link ApproximateNeighbours}), the
 * fuzzy simplicial set (each point's distances shifted by its nearest one and scaled so that the memberships sum to
 * {@code log2(k)}, combined by fuzzy union), a PCA start scaled to [0, 10], and stochastic gradient descent on the
 * edges, each sampled in proportion to its weight, with negative sampling (its gradient times umap-learn's
 * {@code repulsion_strength}) and a learning rate that decays to 0; the curve and the repulsion are the settings'
 * ({@link UmapSettings#DEFAULT} departs from umap-learn's there). Unlike umap-learn's parallel (Hogwild) layout, an
 * epoch reads the other points' positions from the start of the epoch and moves only the edge's head (by twice the
 * step, as the edge's reverse moves the tail), and negative samples come from a generator seeded by seed, epoch and
 * point: the map depends on the seed only.
 */
final class Umap {
    private static final int SMOOTH_STEPS = 64;
    private static final double SMOOTH_TOLERANCE = 1e-5;
    private static final double MIN_SCALE = 1e-3;
    private static final int CHUNK = 512;

    private final UmapSettings settings;
    private final long seed;

    Umap(UmapSettings settings, long seed) {
        this.settings = settings;
        this.seed = seed;
    }

    Embedding embed(ImageRows rows, Workers workers, ProgressStages stages) {
        int n = rows.count();
        if (n < settings.neighbours() + 1) {
            throw new IllegalArgumentException("UMAP with " + settings.neighbours() + " neighbours needs more than "
                    + settings.neighbours() + " images, not " + n);
        }
        Features features = Features.principal(rows, settings.pcaDimensions(), workers);
        NeighbourGraph graph;
        try (Progress p = stages.start("UMAP neighbour rounds", 12)) {
            graph = ApproximateNeighbours.search(features, settings.neighbours() - 1, seed, workers, p);
        }
        SparseSymmetric weights = SparseSymmetric.symmetrize(graph, memberships(graph),
                (f, b) -> f + b - f * b);
        double[] y = start(features);
        int epochs = settings.epochs(n);
        try (Progress p = stages.start("UMAP epochs", epochs)) {
            layout(weights, y, epochs, workers, p);
        }
        return new Embedding(EmbeddingMethod.UMAP, y, Map.of("neighbours", (double) settings.neighbours(),
                "epochs", (double) epochs));
    }

    /** The fuzzy membership of each neighbour: {@code exp(-(d - rho) / sigma)}, umap-learn's smooth_knn_dist. */
    private double[] memberships(NeighbourGraph graph) {
        int n = graph.count();
        int k = graph.k();
        float[] dist = graph.distance();
        double target = Math.log(settings.neighbours()) / Math.log(2);
        double meanAll = 0;
        for (float d : dist) {
            meanAll += d;
        }
        meanAll /= dist.length;
        double[] w = new double[n * k];
        for (int i = 0; i < n; i++) {
            int base = i * k;
            double rho = 0;
            double mean = 0;
            for (int r = 0; r < k; r++) {
                mean += dist[base + r];
                if (rho == 0 && dist[base + r] > 0) {
                    rho = dist[base + r];
                }
            }
            mean /= k;
            double lo = 0;
            double hi = Double.POSITIVE_INFINITY;
            double sigma = 1;
            for (int step = 0; step < SMOOTH_STEPS; step++) {
                double psum = 0;
                for (int r = 0; r < k; r++) {
                    double d = dist[base + r] - rho;
                    psum += d > 0 ? Math.exp(-d / sigma) : 1;
                }
                if (Math.abs(psum - target) < SMOOTH_TOLERANCE) {
                    break;
                }
                if (psum > target) {
                    hi = sigma;
                    sigma = (lo + hi) / 2;
                } else {
                    lo = sigma;
                    sigma = hi == Double.POSITIVE_INFINITY ? sigma * 2 : (lo + hi) / 2;
                }
            }
            sigma = Math.max(sigma, MIN_SCALE * (rho > 0 ? mean : meanAll));
            for (int r = 0; r < k; r++) {
                double d = dist[base + r] - rho;
                w[base + r] = d > 0 ? Math.exp(-d / sigma) : 1;
            }
        }
        return w;
    }

    /** The first two principal coordinates, each scaled to [0, 10]. */
    private static double[] start(Features f) {
        int n = f.count();
        double[] y = new double[2 * n];
        for (int axis = 0; axis < 2; axis++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double v = f.values()[i * f.dim() + axis];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            double scale = 10 / Math.max(max - min, Double.MIN_NORMAL);
            for (int i = 0; i < n; i++) {
                y[2 * i + axis] = (f.values()[i * f.dim() + axis] - min) * scale;
            }
        }
        return y;
    }

    private void layout(SparseSymmetric graph, double[] y, int epochs, Workers workers, Progress progress) {
        int n = y.length / 2;
        int[] start = graph.rowStart();
        int[] col = graph.column();
        double[] w = graph.value();
        double max = 0;
        for (double v : w) {
            max = Math.max(max, v);
        }
        double[] perSample = new double[w.length];
        for (int e = 0; e < w.length; e++) {
            // umap-learn drops the edges too weak to be sampled once in all the epochs
            perSample[e] = w[e] < max / epochs ? -1 : max / w[e];
        }
        double[] nextSample = perSample.clone();
        double[] perNegative = new double[w.length];
        for (int e = 0; e < w.length; e++) {
            perNegative[e] = perSample[e] / settings.negativeSamples();
        }
        double[] nextNegative = perNegative.clone();
        double[] snapshot = new double[y.length];
        int chunks = (n + CHUNK - 1) / CHUNK;
        for (int epoch = 0; epoch < epochs; epoch++) {
            System.arraycopy(y, 0, snapshot, 0, y.length);
            double alpha = settings.learningRate() * (1 - (double) epoch / epochs);
            int ep = epoch;
            workers.run(chunks, c -> {
                for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
                    long state = mix(seed, ep, i);
                    for (int e = start[i]; e < start[i + 1]; e++) {
                        if (perSample[e] < 0 || nextSample[e] > ep + 1) {
                            continue;
                        }
                        attract(y, snapshot, i, col[e], alpha);
                        nextSample[e] += perSample[e];
                        int negatives = (int) ((ep + 1 - nextNegative[e]) / perNegative[e]);
                        for (int s = 0; s < negatives; s++) {
                            state = next(state);
                            int k = (int) ((state >>> 33) % n);
                            repel(y, snapshot, i, k, alpha);
                        }
                        nextNegative[e] += negatives * perNegative[e];
                    }
                }
            });
            progress.update(epoch + 1, "");
        }
    }

    private void attract(double[] y, double[] others, int i, int j, double alpha) {
        double dx = y[2 * i] - others[2 * j];
        double dy = y[2 * i + 1] - others[2 * j + 1];
        double d2 = dx * dx + dy * dy;
        if (d2 > 0) {
            double pb = power(d2);
            double coefficient = -2 * settings.a() * settings.b() * pb / d2 / (settings.a() * pb + 1);
            y[2 * i] += 2 * alpha * clip(coefficient * dx);
            y[2 * i + 1] += 2 * alpha * clip(coefficient * dy);
        }
    }

    private void repel(double[] y, double[] others, int i, int k, double alpha) {
        if (k == i) {
            return;
        }
        double dx = y[2 * i] - others[2 * k];
        double dy = y[2 * i + 1] - others[2 * k + 1];
        double d2 = dx * dx + dy * dy;
        if (d2 > 0) {
            double coefficient = 2 * settings.repulsion() * settings.b()
                    / ((0.001 + d2) * (settings.a() * power(d2) + 1));
            y[2 * i] += alpha * clip(coefficient * dx);
            y[2 * i + 1] += alpha * clip(coefficient * dy);
        } else {
            y[2 * i] += alpha * 4;
            y[2 * i + 1] += alpha * 4;
        }
    }

    /** {@code d2^b}, by a square root for the default {@code b = 1/2} (far cheaper than {@code pow}). */
    private double power(double d2) {
        return settings.b() == 0.5 ? Math.sqrt(d2) : Math.pow(d2, settings.b());
    }

    private static double clip(double v) {
        return Math.max(-4, Math.min(4, v));
    }

    /** A generator state for one point in one epoch (SplitMix64 of the three). */
    private static long mix(long seed, int epoch, int point) {
        return next(next(seed ^ 0x9E3779B97F4A7C15L * (epoch + 1)) ^ point);
    }

    private static long next(long state) {
        long z = state + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
