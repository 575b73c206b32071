package dev.fmnist.classic.models.glm;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The blocked double loss and gradient equal the textbook formula, whatever the block ranges summed. */
class SoftmaxLossTest {
    /** 301 rows: two full blocks and one of 45 (not a multiple of four); 7 features (not a multiple of four). */
    private static final Synthetic P = Synthetic.of(2 * SoftmaxLoss.BLOCK + 45, 7, 3, 5);

    @Test
    void matchesTheTextbookLossAndGradientOverAnyBlockRanges() {
        int k = 3;
        int width = P.x().cols() + 1;
        Random r = new Random(2);
        double[][] w = new double[k][width];
        for (double[] wk : w) {
            for (int j = 0; j < width; j++) {
                wk[j] = r.nextGaussian();
            }
        }
        double[][] expected = new double[k][width];
        double expectedLoss = P.softmaxLoss(w, expected);

        SoftmaxLoss loss = new SoftmaxLoss(P.x(), P.classes(), k, 2);
        assertEquals(3, loss.blocks());
        double[][] g = new double[k][width];
        double f = loss.add(w, 0, 1, g) + loss.add(w, 1, 3, g);

        assertEquals(expectedLoss, f, 1e-9 * expectedLoss);
        for (int m = 0; m < k; m++) {
            for (int j = 0; j < width; j++) {
                assertEquals(expected[m][j], g[m][j], 1e-9 * (1 + Math.abs(expected[m][j])), "class " + m + " j " + j);
            }
        }
    }
}
