package dev.fmnist.classic.models.neighbors;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.classic.models.FashionSubset;
import dev.fmnist.classic.features.Standardized;
import dev.fmnist.data.progress.Progress;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KNeighborsClassifierTest {
    /** Class 0 at (0,0) and (3,3); class 1 at (2.5,0) and (0,2.5). */
    private static final FeatureMatrix X = new FeatureMatrix(new float[] {0, 0, 3, 3, 2.5f, 0, 0, 2.5f}, 4, 2);
    private static final int[] Y = {0, 0, 1, 1};

    private static int[] predict(Map<String, Object> params, float... query) {
        Predictor p = new KNeighborsClassifier().trainer(params).fit(X, Y, 2, 1, 1, Progress.NONE);
        return p.predict(new FeatureMatrix(query, query.length / 2, 2), 2);
    }

    @Test
    void oneNeighbourPredictsTheSameWhateverTheWeightsSoTheWeightsAreNotEffectiveThere() {
        Random random = new Random(7);
        float[] points = new float[200 * 2];
        for (int i = 0; i < points.length; i++) {
            points[i] = random.nextInt(5);   // a coarse lattice: exact matches and ties in distance
        }
        for (int p : new int[] {1, 2}) {
            assertArrayEquals(predict(Map.of("n_neighbors", 1, "p", p), points),
                    predict(Map.of("n_neighbors", 1, "p", p, "weights", "distance"), points));
        }
        KNeighborsClassifier knn = new KNeighborsClassifier();
        assertEquals(Map.of("n_neighbors", 1, "p", 2),
                knn.effectiveParameters(Map.of("n_neighbors", 1, "weights", "distance", "p", 2)));
        assertEquals(Map.of("n_neighbors", 1.0), knn.effectiveParameters(Map.of("n_neighbors", 1.0, "weights", "uniform")));
        assertEquals(Map.of("n_neighbors", 5, "weights", "distance"),
                knn.effectiveParameters(Map.of("n_neighbors", 5, "weights", "distance")));
    }

    @Test
    void manhattanAndEuclideanPickDifferentNearestNeighbours() {
        // from (1.9, 1.9): Euclidean to (3,3) is 1.56 and to (2.5,0) 1.99; Manhattan 2.2 and 2.5. Both pick (3,3)...
        assertArrayEquals(new int[] {0}, predict(Map.of("n_neighbors", 1, "p", 2), 1.9f, 1.9f));
        // ... from (1.2, 0.1): Euclidean to (0,0) 1.204, to (2.5,0) 1.304; Manhattan 1.3 and 1.4: both (0,0)
        assertArrayEquals(new int[] {0}, predict(Map.of("n_neighbors", 1, "p", 1), 1.2f, 0.1f));
        // from (1.6, 1.6): Euclidean to (3,3) 1.98, to (2.5,0) 1.836 -> class 1; Manhattan 2.8 and 2.5 -> class 1
        assertArrayEquals(new int[] {1, 1}, predict(Map.of("n_neighbors", 1, "p", 2), 1.6f, 1.6f, 2.4f, 0.2f));
        // from (2.2, 2.2): Euclidean (3,3) 1.13 vs (2.5,0) 2.22; with p=1: 1.6 vs 2.5
        assertArrayEquals(new int[] {0}, predict(Map.of("n_neighbors", 1, "p", 1), 2.2f, 2.2f));
    }

    @Test
    void distanceWeightsLetCloseNeighboursOutvoteFarOnes() {
        // three neighbours of (0.4, 0): (0,0) class 0 at 0.4; (2.5,0) and (0,2.5) class 1 at 2.1 and 2.53
        assertArrayEquals(new int[] {1}, predict(Map.of("n_neighbors", 3), 0.4f, 0f));
        assertArrayEquals(new int[] {0}, predict(Map.of("n_neighbors", 3, "weights", "distance"), 0.4f, 0f));
        // an exact match outvotes everything
        assertArrayEquals(new int[] {0}, predict(Map.of("n_neighbors", 4, "weights", "distance"), 3f, 3f));
    }

    @Test
    void learnsRealImages() {
        assertTrue(FashionSubset.accuracy(new KNeighborsClassifier(),
                Map.of("n_neighbors", 5, "weights", "distance", "p", 1)) > 0.75);
        assertTrue(FashionSubset.accuracy(new KNeighborsClassifier(), Map.of("n_neighbors", 5, "p", 2)) > 0.75);
    }

    /**
     * The blocked float search with exact re-ranking against sorting every training row by its exact distance (ties
     * to the smaller index): on coarse values with many equal distances and duplicate rows, and on values far from
     * zero whose float dot products lose the digits that separate the neighbours.
     */
    @Test
    void euclideanSearchFindsTheExactNeighboursTiesIncluded() {
        Random random = new Random(7);
        for (float offset : new float[] {0, 3000}) {
            int rows = 700;
            int cols = 37;
            float[] train = new float[rows * cols];
            for (int i = 0; i < train.length; i++) {
                train[i] = offset + random.nextInt(3);
            }
            System.arraycopy(train, 0, train, 5 * cols, 20 * cols);
            float[] queries = new float[90 * cols];
            for (int i = 0; i < queries.length; i++) {
                queries[i] = offset + random.nextInt(3) + (i < 30 * cols ? 0 : random.nextFloat() / 64);
            }
            assertExactNeighbours(new FeatureMatrix(train, rows, cols), new FeatureMatrix(queries, 90, cols), 7,
                    "offset " + offset);
        }
    }

    /** The same on real images: 500 standardized test images against 2,000 training images (two blocks). */
    @Test
    void euclideanSearchFindsTheExactNeighboursOfRealImages() {
        Standardized s = FashionSubset.get();
        assertExactNeighbours(s.train(), s.test(), 5, "Fashion-MNIST");
    }

    /**
     * The same across several blocks, the last one partial, with a feature count that is a multiple of neither the
     * features per pass nor the features kept in cache, many equal distances and queries equal to training rows.
     */
    @Test
    void euclideanSearchFindsTheExactNeighboursAcrossBlocks() {
        Random random = new Random(11);
        int rows = 2 * BlockedDistances.BLOCK + 77;
        int cols = 3 * BlockedDistances.IN_CACHE + 5;
        float[] train = new float[rows * cols];
        for (int i = 0; i < train.length; i++) {
            train[i] = random.nextInt(3) - 1;
        }
        System.arraycopy(train, 0, train, (BlockedDistances.BLOCK - 10) * cols, 30 * cols);
        int queries = 60;
        float[] q = new float[queries * cols];
        System.arraycopy(train, (rows - 20) * cols, q, 0, 20 * cols);
        for (int i = 20 * cols; i < q.length; i++) {
            q[i] = random.nextInt(3) - 1 + (i < 40 * cols ? 0 : random.nextFloat() / 32);
        }
        assertExactNeighbours(new FeatureMatrix(train, rows, cols), new FeatureMatrix(q, queries, cols), 9,
                "synthetic");
    }

    /**
     * Asserts that {@link EuclideanSearch} finds for every query the {@code k} training rows that sorting all rows by
     * their exact double distance (ties to the smaller index) puts first, and their exact distances.
     */
    private static void assertExactNeighbours(FeatureMatrix x, FeatureMatrix q, int k, String what) {
        EuclideanSearch search = new EuclideanSearch(x, new BlockedDistances(x, 2), k);
        int[][] index = new int[q.rows()][k];
        double[][] distance = new double[q.rows()][k];
        search.search(q, 0, q.rows(), index, distance);
        for (int i = 0; i < q.rows(); i++) {
            double[] exact = new double[x.rows()];
            for (int j = 0; j < x.rows(); j++) {
                exact[j] = EuclideanSearch.squaredDistance(q, i, x, j);
            }
            int[] expected = IntStream.range(0, x.rows()).boxed()
                    .sorted(Comparator.comparingDouble((Integer j) -> exact[j]).thenComparingInt(j -> j))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, index[i], what + ", query " + i);
            for (int n = 0; n < k; n++) {
                assertEquals(Math.sqrt(exact[expected[n]]), distance[i][n]);
            }
        }
    }

    /** The blocked kernels sum each row's terms in feature order: the same floats as a plain loop. */
    @Test
    void blockedDistancesEqualPlainFloatLoops() {
        Random random = new Random(3);
        int rows = 700;
        int cols = 37;
        float[] train = new float[rows * cols];
        for (int i = 0; i < train.length; i++) {
            train[i] = (float) random.nextGaussian();
        }
        float[] queries = new float[5 * cols];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = (float) random.nextGaussian();
        }
        BlockedDistances blocks = new BlockedDistances(new FeatureMatrix(train, rows, cols), 1);
        int[] offsets = {0, cols, 2 * cols, 3 * cols, 4 * cols};
        float[][] dots = new float[5][BlockedDistances.BLOCK];
        float[][] manhattan = new float[5][BlockedDistances.BLOCK];
        for (int b = 0; b < blocks.blocks(); b++) {
            blocks.dots(queries, offsets, 5, b, dots);
            blocks.manhattan(queries, offsets, 5, b, manhattan);
            for (int g = 0; g < 5; g++) {
                for (int r = 0; r < blocks.rowsIn(b); r++) {
                    int i = b * BlockedDistances.BLOCK + r;
                    float dot = 0;
                    float l1 = 0;
                    for (int c = 0; c < cols; c++) {
                        dot = Math.fma(queries[offsets[g] + c], train[i * cols + c], dot);
                        l1 += Math.abs(queries[offsets[g] + c] - train[i * cols + c]);
                    }
                    assertEquals(dot, dots[g][r], "dot of query " + g + " and row " + i);
                    assertEquals(l1, manhattan[g][r], "Manhattan distance of query " + g + " and row " + i);
                }
            }
        }
    }
}
