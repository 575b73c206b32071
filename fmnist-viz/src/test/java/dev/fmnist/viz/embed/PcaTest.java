package dev.fmnist.viz.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PcaTest {
    /**
     * Pixels {@code 128 + s (1, 1, 0, 0) + t (0, 0, 1, -1)} over a grid of s and t: the axes are
     * {@code (1, 1, 0, 0) / sqrt 2} and {@code (0, 0, 1, -1) / sqrt 2} with variances {@code 2 var(s)} and
     * {@code 2 var(t)}, and no variance elsewhere.
     */
    @Test
    void knownAxesAndExplainedVariance() {
        int[] sValues = {-60, -40, -20, 0, 20, 40, 60};
        int[] tValues = {-20, -10, 0, 10, 20};
        int n = sValues.length * tValues.length;
        byte[] px = new byte[n * 4];
        int i = 0;
        for (int s : sValues) {
            for (int t : tValues) {
                px[4 * i] = (byte) (128 + s);
                px[4 * i + 1] = (byte) (128 + s);
                px[4 * i + 2] = (byte) (128 + t);
                px[4 * i + 3] = (byte) (128 - t);
                i++;
            }
        }
        PcaModel pca = Pca.fit(new ImageRows(px, n, 4), 2, 2);
        double varS = sampleVariance(sValues, n / sValues.length) / (255.0 * 255.0);
        double varT = sampleVariance(tValues, n / tValues.length) / (255.0 * 255.0);
        double h = Math.sqrt(0.5);
        assertArrayEquals(new double[] {h, h, 0, 0}, pca.axes()[0], 1e-9);
        assertArrayEquals(new double[] {0, 0, h, -h}, pca.axes()[1], 1e-9);
        assertEquals(2 * varS, pca.variances()[0], 1e-12);
        assertEquals(2 * varT, pca.variances()[1], 1e-12);
        assertArrayEquals(new double[] {varS / (varS + varT), varT / (varS + varT)}, pca.explainedVarianceRatio(),
                1e-12);
        double[] xy = pca.project(new ImageRows(px, n, 4));
        assertEquals(-60 * 2 * h / 255, xy[0], 1e-12, "first image: s = -60 along (1, 1, 0, 0) / sqrt 2");
        assertEquals(-20 * 2 * h / 255, xy[1], 1e-12, "and t = -20 along (0, 0, 1, -1) / sqrt 2");
    }

    /** The sample variance of values that each occur {@code repeats} times. */
    private static double sampleVariance(int[] values, int repeats) {
        double mean = 0;
        for (int v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (int v : values) {
            ss += (v - mean) * (v - mean) * repeats;
        }
        return ss / (values.length * repeats - 1);
    }

    @Test
    void covarianceOfRealImagesIsExact() {
        ImageRows rows = RealFashion.testSample(600).rows();
        PixelCovariance.Moments m;
        try (Workers w = new Workers(2)) {
            m = PixelCovariance.of(rows, w);
        }
        int d = rows.dim();
        int n = rows.count();
        double[] mean = new double[d];
        for (int r = 0; r < n; r++) {
            for (int p = 0; p < d; p++) {
                mean[p] += rows.get(r, p) / 255.0 / n;
            }
        }
        double worst = 0;
        for (int a = 0; a < d; a += 7) {
            for (int b = 0; b < d; b += 5) {
                double c = 0;
                for (int r = 0; r < n; r++) {
                    c += (rows.get(r, a) / 255.0 - mean[a]) * (rows.get(r, b) / 255.0 - mean[b]);
                }
                worst = Math.max(worst, Math.abs(c / (n - 1) - m.covariance()[a * d + b]));
            }
        }
        assertTrue(worst < 1e-13, "largest difference from a two-pass covariance: " + worst);
    }

    @Test
    void jacobiOfAKnownMatrix() {
        SymmetricEigen.Pairs e = SymmetricEigen.jacobi(new double[][] {{2, 1, 0}, {1, 2, 0}, {0, 0, 5}});
        assertArrayEquals(new double[] {5, 3, 1}, e.values(), 1e-12);
        assertEquals(1, Math.abs(e.vectors()[2][0]), 1e-12);
        assertEquals(Math.sqrt(0.5), Math.abs(e.vectors()[0][1]), 1e-12);
    }

    @Test
    void pcaMapOfRealImagesSeparatesSomeClasses() {
        ImageSelection images = RealFashion.testSample(1000);
        Embedding map = EmbeddingMethod.PCA.embed(images.rows(), 0, 2, ProgressStages.NONE);
        assertEquals(0.29, map.details().get("explained_variance_ratio_x"), 0.03);
        double quality = MapQuality.of(map, images.labels(), 0);
        assertTrue(quality > 0.4 && quality < 0.6, "PCA's 5-NN accuracy is about 0.5: " + quality);
    }
}
