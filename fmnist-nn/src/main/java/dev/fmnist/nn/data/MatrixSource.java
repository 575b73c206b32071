package dev.fmnist.nn.data;

import dev.fmnist.estimator.FeatureMatrix;
import java.util.SplittableRandom;

/** Rows of a benchmark {@link FeatureMatrix} (already scaled), copied row by row into batches; never augmented. */
public final class MatrixSource implements BatchSource {
    private final FeatureMatrix x;
    private final int[] y;

    /** @param y the label of each row, or an empty array when predicting */
    public MatrixSource(FeatureMatrix x, int[] y) {
        if (y.length != 0 && y.length != x.rows()) {
            throw new IllegalArgumentException(x.rows() + " rows but " + y.length + " labels");
        }
        this.x = x;
        this.y = y;
    }

    @Override
    public int count() {
        return x.rows();
    }

    @Override
    public int features() {
        return x.cols();
    }

    @Override
    public int label(int i) {
        return y[i];
    }

    @Override
    public void fill(int[] order, int from, int to, float[] out, SplittableRandom augment) {
        int cols = x.cols();
        for (int k = from; k < to; k++) {
            System.arraycopy(x.data(), x.offset(order[k]), out, (k - from) * cols, cols);
        }
    }
}
