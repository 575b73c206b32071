package dev.fmnist.viz.embed;

import dev.fmnist.data.progress.Progress;
import java.util.Arrays;
import java.util.Map;

/**
 * t-SNE with Barnes-Hut gradients, as scikit-learn's {@code TSNE(method='barnes_hut', init='pca',
 * learning_rate='auto')}: perplexity-calibrated affinities on the exact nearest neighbours among the leading
 * principal coordinates ({@link ExactNeighbours}, {@link TsneAffinities}), the PCA start scaled to a standard
 * deviation of 1e-4 in x, and gradient descent with momentum and gains. The gradient is computed in fixed chunks of
 * points whose normalization sums are added in chunk order, so the map is the same for the same input whatever the
 * number of threads.
 */
final class Tsne {
    private static final int CHUNK = 256;
    private static final double MIN_GAIN = 0.01;

    private final TsneSettings settings;

    Tsne(TsneSettings settings) {
        this.settings = settings;
    }

    Embedding embed(ImageRows rows, Workers workers, ProgressStages stages) {
        int n = rows.count();
        if (n <= settings.perplexity()) {
            throw new IllegalArgumentException("t-SNE with perplexity " + settings.perplexity() + " needs more than "
                    + (int) settings.perplexity() + " images, not " + n);
        }
        Features features = Features.principal(rows, settings.pcaDimensions(), workers);
        NeighbourGraph graph;
        try (Progress p = stages.start("t-SNE neighbours", n)) {
            graph = ExactNeighbours.search(features, settings.neighbours(n), workers, p);
        }
        SparseSymmetric affinities = TsneAffinities.of(graph, settings.perplexity(), workers);
        double[] y = start(features);
        try (Progress p = stages.start("t-SNE iterations", settings.iterations())) {
            optimize(affinities, y, workers, p);
        }
        return new Embedding(EmbeddingMethod.TSNE, y, Map.of("perplexity", settings.perplexity(),
                "iterations", (double) settings.iterations()));
    }

    /** The first two principal coordinates, scaled to a standard deviation of 1e-4 in x ({@code init='pca'}). */
    private static double[] start(Features f) {
        int n = f.count();
        double[] y = new double[2 * n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            y[2 * i] = f.values()[i * f.dim()];
            y[2 * i + 1] = f.values()[i * f.dim() + 1];
            mean += y[2 * i];
        }
        mean /= n;
        double var = 0;
        for (int i = 0; i < n; i++) {
            var += (y[2 * i] - mean) * (y[2 * i] - mean);
        }
        double scale = 1e-4 / Math.max(Math.sqrt(var / n), Double.MIN_NORMAL);
        for (int i = 0; i < 2 * n; i++) {
            y[i] *= scale;
        }
        return y;
    }

    private void optimize(SparseSymmetric p, double[] y, Workers workers, Progress progress) {
        int n = y.length / 2;
        double rate = TsneSettings.learningRate(n);
        double[] update = new double[2 * n];
        double[] gains = new double[2 * n];
        double[] attraction = new double[2 * n];
        double[] repulsion = new double[2 * n];
        QuadTree tree = new QuadTree(n, settings.theta());
        int chunks = (n + CHUNK - 1) / CHUNK;
        double[] z = new double[chunks];
        for (int it = 0; it < settings.iterations(); it++) {
            boolean exploring = it < TsneSettings.EXPLORATION;
            if (it == 0 || it == TsneSettings.EXPLORATION) {
                // scikit-learn runs the two phases as two calls of its optimizer, each starting afresh
                Arrays.fill(update, 0);
                Arrays.fill(gains, 1);
            }
            double exaggeration = exploring ? TsneSettings.EXAGGERATION : 1;
            double momentum = exploring ? 0.5 : 0.8;
            tree.build(y);
            workers.run(chunks, c -> z[c] = forces(tree, p, y, exaggeration, c * CHUNK, Math.min(n, (c + 1) * CHUNK),
                    attraction, repulsion));
            double sumQ = 0;
            for (double part : z) {
                sumQ += part;
            }
            for (int e = 0; e < 2 * n; e++) {
                double g = 4 * (attraction[e] - repulsion[e] / sumQ);
                double u = update[e];
                gains[e] = (u * g < 0) ? gains[e] + 0.2 : Math.max(MIN_GAIN, gains[e] * 0.8);
                u = momentum * u - rate * gains[e] * g;
                update[e] = u;
                y[e] += u;
            }
            progress.update(it + 1, exploring ? "early exaggeration" : "");
        }
    }

    /**
     * For the points at tree positions {@code from..to-1}: writes their exaggerated attraction and their
     * unnormalized repulsion; returns their part of the normalization Z.
     */
    private static double forces(QuadTree tree, SparseSymmetric p, double[] y, double exaggeration, int from, int to,
                                 double[] attraction, double[] repulsion) {
        double[] f = new double[2];
        double z = 0;
        int[] start = p.rowStart();
        int[] col = p.column();
        double[] val = p.value();
        for (int t = from; t < to; t++) {
            int i = tree.point(t);
            f[0] = 0;
            f[1] = 0;
            z += tree.repulsion(t, f);
            repulsion[2 * i] = f[0];
            repulsion[2 * i + 1] = f[1];
            double yx = y[2 * i];
            double yy = y[2 * i + 1];
            double ax = 0;
            double ay = 0;
            for (int e = start[i]; e < start[i + 1]; e++) {
                int j = col[e];
                double dx = yx - y[2 * j];
                double dy = yy - y[2 * j + 1];
                double w = val[e] / (1 + dx * dx + dy * dy);
                ax += w * dx;
                ay += w * dy;
            }
            attraction[2 * i] = exaggeration * ax;
            attraction[2 * i + 1] = exaggeration * ay;
        }
        return z;
    }
}
