package dev.fmnist.classic.models.svm;

import dev.fmnist.estimator.FeatureMatrix;

/**
 * The matrix {@code Q[i][j] = y_i y_j K(x_i, x_j)} of one binary C-SVC problem, LIBSVM's {@code SVC_Q}: rows are
 * computed on demand, each as one pass of float dot products over the problem's rows, block by block, and kept in
 * a {@link KernelRowCache}.
 */
final class BinaryKernelMatrix {
    private final FeatureMajorRows rows;
    /** The training matrix and the row of it at each index, to read a query row whole. */
    private final FeatureMatrix source;
    private final int[] sourceRow;
    private final byte[] y;
    private final Kernel kernel;
    private final KernelRowCache cache;
    private final double[] diagonal;
    private final float[] query;
    private final float[] dots = new float[FeatureMajorRows.BLOCK];

    /**
     * @param x           the training matrix
     * @param index       the problem's rows of {@code x}, in the problem's order
     * @param y           their labels, +1 or -1 (a copy is kept)
     * @param kernel      the kernel
     * @param cacheFloats the kernel cache's budget in floats
     */
    BinaryKernelMatrix(FeatureMatrix x, int[] index, byte[] y, Kernel kernel, long cacheFloats) {
        rows = new FeatureMajorRows(x, index);
        source = x;
        sourceRow = index.clone();
        this.y = y.clone();
        this.kernel = kernel;
        int l = rows.rows();
        cache = new KernelRowCache(l, cacheFloats);
        diagonal = new double[l];
        for (int i = 0; i < l; i++) {
            diagonal[i] = kernel.value(rows.squaredNorm(i), rows.squaredNorm(i), rows.squaredNorm(i));
        }
        query = new float[rows.cols()];
    }

    int size() {
        return rows.rows();
    }

    /** {@code Q[i][i]}. */
    double diagonal(int i) {
        return diagonal[i];
    }

    /** Row {@code i} of Q, valid in {@code [0, len)} (the array may be longer). */
    float[] row(int i, int len) {
        int valid = cache.request(i, len);
        float[] q = cache.row(i);
        if (valid < len) {
            fill(i, valid, len, q);
        }
        return q;
    }

    /** Exchanges indices {@code i} and {@code j}, as LIBSVM's shrinking does. */
    void swapIndex(int i, int j) {
        cache.swapIndex(i, j);
        rows.swap(i, j);
        int r = sourceRow[i];
        sourceRow[i] = sourceRow[j];
        sourceRow[j] = r;
        byte t = y[i];
        y[i] = y[j];
        y[j] = t;
        double d = diagonal[i];
        diagonal[i] = diagonal[j];
        diagonal[j] = d;
    }

    private void fill(int i, int from, int to, float[] q) {
        System.arraycopy(source.data(), source.offset(sourceRow[i]), query, 0, query.length);
        double squaredI = rows.squaredNorm(i);
        int block = FeatureMajorRows.BLOCK;
        for (int b = from / block; b * block < to; b++) {
            rows.dot(query, 0, b, dots);
            int end = Math.min(to, (b + 1) * block);
            for (int j = Math.max(from, b * block); j < end; j++) {
                double dot = j == i ? squaredI : dots[j - b * block];
                q[j] = (float) (y[i] * y[j] * kernel.value(dot, squaredI, rows.squaredNorm(j)));
            }
        }
    }
}
