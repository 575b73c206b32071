package dev.fmnist.classic.models.glm;

import dev.fmnist.estimator.FeatureMatrix;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each binary solver, run to a tight tolerance on a small overlapping problem, meets the optimality conditions of
 * its objective, checked with a gradient computed here independently of the solver.
 */
class BinarySolversTest {
    private static final Synthetic P = Synthetic.of(300, 12, 3, 7);

    @Test
    void l1LogisticRegressionMeetsTheSubgradientConditions() {
        double c = 0.5;
        double[] w = new L1LogisticSolver(FeatureColumns.of(P.x()), c, 1e-9, 1000).solve(P.y(), new SplittableRandom(1));
        double[] g = P.dataGradient(w, c, Synthetic::logisticDerivative);
        assertTrue(Synthetic.l1Violation(w, g) < 1e-4, "violation " + Synthetic.l1Violation(w, g));
        assertTrue(countZeros(w) > 0, "the L1 penalty zeroes the weights of the irrelevant features");
    }

    /**
     * L1 logistic regression's per-row terms where a margin nears {@code exp}'s range (MNIST, class 0 at C=10: a
     * standardized rare pixel): LIBLINEAR's curvature {@code C e t t} overflows to infinity there, which made every
     * coordinate step zero and stalled the solver for the rest of its Newton iterations; the line search's term was
     * infinity over infinity. Both now stay finite, and equal LIBLINEAR's where that is finite.
     */
    @Test
    void l1LogisticTermsStayFiniteWhereLiblinearsOverflow() {
        double c = 10;
        double e = Math.exp(3.5);
        double t = 1 / (1 + e);
        assertEquals(c * e * t * t, L1LogisticSolver.curvature(c, e, t), "LIBLINEAR's value, bit for bit");
        e = Math.exp(708.5);
        t = 1 / (1 + e);
        assertTrue(Double.isInfinite(c * e * t * t), "LIBLINEAR's form overflows here");
        assertEquals(c / e, L1LogisticSolver.curvature(c, e, t), 1e-12 * c / e);
        assertEquals(0, L1LogisticSolver.curvature(c, Double.POSITIVE_INFINITY, 0));

        double d = Math.exp(2);
        assertEquals(Math.log((1 + 0.5 * d) / (d + 0.5 * d)), L1LogisticSolver.logRatio(0.5, d, 0.5 * d));
        double beyond = L1LogisticSolver.logRatio(e, d, e * d);
        assertTrue(Double.isInfinite(e * d) && beyond <= 0 && beyond > -1e-300, "about -(d - 1) / (e d): " + beyond);
        assertEquals(Math.log(0.5 / 1.5), L1LogisticSolver.logRatio(0.5, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY), 1e-15);
        assertEquals(0, L1LogisticSolver.logRatio(Double.POSITIVE_INFINITY, d, Double.POSITIVE_INFINITY));
    }

    @Test
    void l1SquaredHingeSvmMeetsTheSubgradientConditions() {
        double c = 0.5;
        double[] w = new L1SquaredHingeSolver(FeatureColumns.of(P.x()), c, 1e-9, 5000).solve(P.y(), new SplittableRandom(1));
        double[] g = P.dataGradient(w, c, Synthetic::squaredHingeDerivative);
        assertTrue(Synthetic.l1Violation(w, g) < 1e-4, "violation " + Synthetic.l1Violation(w, g));
    }

    @Test
    void l2LogisticRegressionHasAZeroGradient() {
        double c = 2;
        double[] w = new L2LogisticSolver(P.x(), c, 1e-10, 1000).solve(P.y(), new SplittableRandom(1));
        double[] g = P.dataGradient(w, c, Synthetic::logisticDerivative);
        for (int j = 0; j < w.length; j++) {
            assertEquals(0, g[j] + w[j], 1e-5, "gradient component " + j);
        }
    }

    @Test
    void squaredHingeDualSolutionHasAZeroPrimalGradient() {
        double c = 1;
        double[] w = new DualSvmSolver(P.x(), true, c, 1e-10, 10000).solve(P.y(), new SplittableRandom(3));
        double[] g = P.dataGradient(w, c, Synthetic::squaredHingeDerivative);
        for (int j = 0; j < w.length; j++) {
            assertEquals(0, g[j] + w[j], 1e-5, "gradient component " + j);
        }
    }

    /** Hinge loss is not differentiable: no random small move from the solution lowers the primal objective. */
    @Test
    void hingeDualSolutionMinimizesThePrimal() {
        double c = 1;
        double[] w = new DualSvmSolver(P.x(), false, c, 1e-10, 10000).solve(P.y(), new SplittableRandom(3));
        double best = P.hingeObjective(w, c);
        Random r = new Random(5);
        for (int t = 0; t < 200; t++) {
            double[] v = w.clone();
            for (int j = 0; j < v.length; j++) {
                v[j] += 1e-3 * r.nextGaussian();
            }
            assertTrue(P.hingeObjective(v, c) >= best - 1e-9, "a move lowered the objective");
        }
    }

    /** Feature 0 pushed at least 1 away from 0 decides the label: a margin every solver must find at large C. */
    @Test
    void separableDataIsSeparated() {
        float[] data = P.x().data().clone();
        int d = P.x().cols();
        byte[] y = new byte[P.x().rows()];
        for (int i = 0; i < y.length; i++) {
            y[i] = (byte) (data[i * d] > 0 ? 1 : -1);
            data[i * d] += y[i];
        }
        Synthetic p = new Synthetic(new FeatureMatrix(data, y.length, d), P.classes(), y);
        for (BinarySolver s : new BinarySolver[] {
                new DualSvmSolver(p.x(), false, 100, 1e-6, 10000),
                new L1LogisticSolver(FeatureColumns.of(p.x()), 100, 1e-6, 1000),
                new L1SquaredHingeSolver(FeatureColumns.of(p.x()), 100, 1e-6, 10000)}) {
            double[] w = s.solve(y, new SplittableRandom(2));
            for (int i = 0; i < y.length; i++) {
                assertTrue(y[i] * p.score(w, i) > 0, s.getClass().getSimpleName() + " misclassifies row " + i);
            }
        }
    }

    private static int countZeros(double[] w) {
        int n = 0;
        for (double v : w) {
            n += v == 0 ? 1 : 0;
        }
        return n;
    }
}
