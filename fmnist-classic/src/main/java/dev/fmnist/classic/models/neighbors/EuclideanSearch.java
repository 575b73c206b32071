package dev.fmnist.classic.models.neighbors;

import dev.fmnist.estimator.FeatureMatrix;

import java.util.Arrays;

/**
 * The exact {@code k} nearest training rows by Euclidean distance, found fast. Float dot products over cached
 * blocks ({@link BlockedDistances#dots}: {@code |x|^2 - 2 q.x}, as BLAS-based libraries compute it) rank the rows by a lower bound of their distance
 * that holds whatever the float rounding; the best {@code k + }{@value #EXTRA} are then measured exactly in double.
 * When the bound cannot prove that no other row is as close as the {@code k}-th (rare: many rows at nearly equal
 * distances), that query is searched exhaustively in double. Either way the neighbours are those of the exact
 * distance {@link #squaredDistance}, ties to the smaller training index.
 */
final class EuclideanSearch {
    /** Candidates kept beyond {@code k} for the exact re-ranking. */
    static final int EXTRA = 16;

    private final FeatureMatrix train;
    private final BlockedDistances blocks;
    private final int k;
    private final int kept;
    /**
     * Per block and row: {@code |x|^2 (1 - slack)}, and {@code 2 slack |x|}, so the lower bound is two float operations
     * away ({@code +inf} and 0 past the last row, which no bound then admits).
     */
    private final float[][] shrunkSquares;
    private final float[][] slackNorms;
    private final float slack;

    EuclideanSearch(FeatureMatrix train, BlockedDistances blocks, int k) {
        this.train = train;
        this.blocks = blocks;
        this.k = k;
        this.kept = Math.min(train.rows(), k + EXTRA);
        // |fl(q.x) - q.x| <= n u |q||x| / (1 - n u) for a float dot product of n terms (FMA or not); twice that,
        // plus a few roundings of the bound's own float arithmetic, keeps the bound safe.
        this.slack = (float) (4.0 * (train.cols() + 16) * Math.ulp(1.0f) / 2);
        shrunkSquares = new float[blocks.blocks()][BlockedDistances.BLOCK];
        slackNorms = new float[blocks.blocks()][BlockedDistances.BLOCK];
        for (int b = 0; b < blocks.blocks(); b++) {
            Arrays.fill(shrunkSquares[b], Float.POSITIVE_INFINITY);
            for (int r = 0; r < blocks.rowsIn(b); r++) {
                float sq = blocks.squaredNorm(b * BlockedDistances.BLOCK + r);
                shrunkSquares[b][r] = sq - slack * sq;
                slackNorms[b][r] = 2 * slack * (float) Math.sqrt(sq);
            }
        }
    }

    /** Exact squared Euclidean distance between row {@code i} of {@code a} and row {@code j} of {@code b}, in double. */
    static double squaredDistance(FeatureMatrix a, int i, FeatureMatrix b, int j) {
        float[] x = a.data();
        float[] y = b.data();
        int xo = a.offset(i);
        int yo = b.offset(j);
        double s = 0;
        for (int c = 0; c < a.cols(); c++) {
            double d = (double) x[xo + c] - y[yo + c];
            s += d * d;
        }
        return s;
    }

    /**
     * Finds the neighbours of queries {@code from..to-1} of {@code x}: {@code index[q - from]} gets their training
     * rows, nearest first, and {@code distance[q - from]} their exact Euclidean distances.
     */
    void search(FeatureMatrix x, int from, int to, int[][] index, double[][] distance) {
        int m = to - from;
        float[][] bound = new float[m][kept];
        int[][] candidate = new int[m][kept];
        float[] queryTerm = new float[m];
        for (int q = 0; q < m; q++) {
            Arrays.fill(bound[q], Float.POSITIVE_INFINITY);
            queryTerm[q] = (float) Math.sqrt(squaredDistanceToOrigin(x, from + q));
        }
        int[] offsets = new int[m];
        for (int q = 0; q < m; q++) {
            offsets[q] = x.offset(from + q);
        }
        float[][] dot = new float[m][BlockedDistances.BLOCK];
        for (int b = 0; b < blocks.blocks(); b++) {
            blocks.dots(x.data(), offsets, m, b, dot);
            for (int q = 0; q < m; q++) {
                lowerBounds(dot[q], shrunkSquares[b], slackNorms[b], queryTerm[q]);
                keep(dot[q], b * BlockedDistances.BLOCK, bound[q], candidate[q]);
            }
        }
        for (int q = from; q < to; q++) {
            finish(x, q, bound[q - from], candidate[q - from], index[q - from], distance[q - from]);
        }
    }

    /**
     * Turns a query's dot products with one block's rows into lower bounds of their squared distances, minus the
     * query's own {@code |q|^2}: {@code |x|^2 - 2 q.x} less its largest rounding error (one SIMD loop).
     */
    private static void lowerBounds(float[] dot, float[] shrunkSquares, float[] slackNorms, float queryNorm) {
        for (int r = 0; r < BlockedDistances.BLOCK; r++) {
            dot[r] = shrunkSquares[r] - 2 * dot[r] - queryNorm * slackNorms[r];
        }
    }

    /** Merges the lower bounds of one block's rows into a query's sorted list of candidates. */
    private void keep(float[] lowerBounds, int first, float[] bound, int[] candidate) {
        for (int r = 0; r < BlockedDistances.BLOCK; r++) {
            float lower = lowerBounds[r];
            if (lower < bound[kept - 1]) {
                int pos = kept - 1;
                while (pos > 0 && bound[pos - 1] > lower) {
                    bound[pos] = bound[pos - 1];
                    candidate[pos] = candidate[pos - 1];
                    pos--;
                }
                bound[pos] = lower;
                candidate[pos] = first + r;
            }
        }
    }

    /** Re-ranks the candidates exactly; searches exhaustively when the bound does not prove them complete. */
    private void finish(FeatureMatrix x, int q, float[] bound, int[] candidate, int[] index, double[] distance) {
        double[] exact = new double[kept];
        for (int c = 0; c < kept; c++) {
            exact[c] = squaredDistance(x, q, train, candidate[c]);
        }
        Neighbours best = new Neighbours(k);
        for (int c = 0; c < kept; c++) {
            best.offer(exact[c], candidate[c]);
        }
        double kth = best.squared[k - 1];
        double others = squaredDistanceToOrigin(x, q) + bound[kept - 1];
        if (kept < train.rows() && !(others > kth + 1e-9 * (kth + 1))) {
            best = new Neighbours(k);
            for (int j = 0; j < train.rows(); j++) {
                best.offer(squaredDistance(x, q, train, j), j);
            }
        }
        for (int i = 0; i < k; i++) {
            index[i] = best.index[i];
            distance[i] = Math.sqrt(best.squared[i]);
        }
    }

    private static double squaredDistanceToOrigin(FeatureMatrix x, int q) {
        double s = 0;
        for (int c = 0; c < x.cols(); c++) {
            double v = x.get(q, c);
            s += v * v;
        }
        return s;
    }

    /** The {@code k} smallest (squared distance, index) pairs offered, in that order. */
    private static final class Neighbours {
        final double[] squared;
        final int[] index;

        Neighbours(int k) {
            squared = new double[k];
            index = new int[k];
            Arrays.fill(squared, Double.POSITIVE_INFINITY);
            Arrays.fill(index, Integer.MAX_VALUE);
        }

        void offer(double d, int j) {
            int last = squared.length - 1;
            if (!before(d, j, squared[last], index[last])) {
                return;
            }
            int pos = last;
            while (pos > 0 && before(d, j, squared[pos - 1], index[pos - 1])) {
                squared[pos] = squared[pos - 1];
                index[pos] = index[pos - 1];
                pos--;
            }
            squared[pos] = d;
            index[pos] = j;
        }

        private static boolean before(double d, int j, double e, int i) {
            return d < e || (d == e && j < i);
        }
    }
}
