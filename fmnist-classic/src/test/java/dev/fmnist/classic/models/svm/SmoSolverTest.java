package dev.fmnist.classic.models.svm;

import dev.fmnist.estimator.FeatureMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The binary solver's solution is optimal: LIBSVM's KKT conditions hold to the tolerance. */
class SmoSolverTest {
    private static final double C = 10;
    private static final double EPS = 1e-3;

    @ParameterizedTest
    @EnumSource(value = Kernel.Type.class, names = {"LINEAR", "RBF", "POLY"})
    void dualSolutionSatisfiesKktConditions(Kernel.Type type) {
        SyntheticBlobs blobs = SyntheticBlobs.of(2, 150, 12, 1.5, 7);
        Kernel kernel = new Kernel(type, 1.0 / 12, 3, type == Kernel.Type.POLY ? 1 : 0);
        byte[] y = signs(blobs.y());
        SmoSolver.Solution s = solve(blobs.x(), y, kernel, 1L << 20);
        double[] alpha = s.alpha();
        double[] g = exactGradient(blobs.x(), y, kernel, alpha);
        double sum = 0;
        double up = Double.NEGATIVE_INFINITY;
        double low = Double.POSITIVE_INFINITY;
        int free = 0;
        for (int i = 0; i < alpha.length; i++) {
            assertTrue(alpha[i] >= 0 && alpha[i] <= C, "alpha " + alpha[i]);
            sum += y[i] * alpha[i];
            double v = -y[i] * g[i];
            boolean mayGoUp = y[i] == 1 ? alpha[i] < C : alpha[i] > 0;
            boolean mayGoDown = y[i] == 1 ? alpha[i] > 0 : alpha[i] < C;
            if (mayGoUp) {
                up = Math.max(up, v);
            }
            if (mayGoDown) {
                low = Math.min(low, v);
            }
            if (alpha[i] > 0 && alpha[i] < C) {
                free++;
                assertEquals(s.rho(), y[i] * g[i], EPS, "free variable " + i + " off the margin");
            }
        }
        assertEquals(0, sum, 1e-9);
        assertTrue(up - low < EPS + 1e-5, "maximal violation " + (up - low));
        assertTrue(free > 0 && s.iterations() > 0);
    }

    @Test
    void aSmallCacheGivesTheSameSolutionAsAFullOne() {
        SyntheticBlobs blobs = SyntheticBlobs.of(2, 300, 20, 2.0, 3);
        Kernel kernel = new Kernel(Kernel.Type.RBF, 1.0 / 20, 3, 0);
        byte[] y = signs(blobs.y());
        SmoSolver.Solution full = solve(blobs.x(), y, kernel, 1L << 22);
        SmoSolver.Solution tiny = solve(blobs.x(), y, kernel, 0);
        assertArrayEquals(full.alpha(), tiny.alpha());
        assertEquals(full.rho(), tiny.rho());
    }

    private static SmoSolver.Solution solve(FeatureMatrix x, byte[] y, Kernel kernel, long cacheFloats) {
        int[] all = new int[x.rows()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        BinaryKernelMatrix q = new BinaryKernelMatrix(x, all, y, kernel, cacheFloats);
        return SmoSolver.solve(q, y, C, EPS, true);
    }

    private static byte[] signs(int[] labels) {
        byte[] y = new byte[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = (byte) (labels[i] == 0 ? 1 : -1);
        }
        return y;
    }

    /** {@code grad_i = sum_j y_i y_j K(x_i, x_j) alpha_j - 1}, the kernel in double from scratch. */
    private static double[] exactGradient(FeatureMatrix x, byte[] y, Kernel kernel, double[] alpha) {
        int n = x.rows();
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = -1;
            for (int j = 0; j < n; j++) {
                g[i] += y[i] * y[j] * kernel.value(dot(x, i, j), dot(x, i, i), dot(x, j, j)) * alpha[j];
            }
        }
        return g;
    }

    private static double dot(FeatureMatrix x, int i, int j) {
        double s = 0;
        for (int k = 0; k < x.cols(); k++) {
            s += (double) x.get(i, k) * x.get(j, k);
        }
        return s;
    }
}
