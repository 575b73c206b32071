package dev.fmnist.classic.models.tree;

/**
 * The impurity proxy of a split that both splitters maximize: minus the weighted child impurity, up to terms equal
 * for every split of the node (scikit-learn's {@code proxy_impurity_improvement}).
 */
final class Impurity {
    private final TreeSettings.Criterion criterion;
    /** {@code xlogx[k] = k ln k} (entropy only). */
    private final double[] xlogx;

    /** @param rows the largest count a class or node can have */
    Impurity(TreeSettings.Criterion criterion, int rows) {
        this.criterion = criterion;
        this.xlogx = new double[criterion == TreeSettings.Criterion.ENTROPY ? rows + 1 : 0];
        for (int k = 1; k < xlogx.length; k++) {
            xlogx[k] = k * Math.log(k);
        }
    }

    boolean gini() {
        return criterion == TreeSettings.Criterion.GINI;
    }

    /** {@code k ln k} for an entropy criterion. */
    double xlogx(int k) {
        return xlogx[k];
    }

    /** The proxy of a split with class counts {@code l} ({@code nl} rows) left and {@code r} ({@code nr} rows) right. */
    double proxy(int[] l, int nl, int[] r, int nr) {
        if (gini()) {
            double sl = 0;
            double sr = 0;
            for (int c = 0; c < l.length; c++) {
                sl += (double) l[c] * l[c];
                sr += (double) r[c] * r[c];
            }
            return sl / nl + sr / nr;
        }
        double v = 0;
        for (int c = 0; c < l.length; c++) {
            v += xlogx[l[c]] + xlogx[r[c]];
        }
        return v - xlogx[nl] - xlogx[nr];
    }
}
