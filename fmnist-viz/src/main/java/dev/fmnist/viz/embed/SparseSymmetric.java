package dev.fmnist.viz.embed;

/**
 * A sparse symmetric matrix in compressed rows: row {@code i}'s entries are {@code column[e]} and {@code value[e]}
 * for {@code e} in {@code rowStart[i]..rowStart[i+1]-1}, columns ascending.
 */
record SparseSymmetric(int[] rowStart, int[] column, double[] value) {
    int rows() {
        return rowStart.length - 1;
    }

    /**
     * {@code w + w^T} combined by {@code combine(a, b)} (with 0 for a missing entry), where row {@code i} of
     * {@code w} holds weights {@code weight[i k + r]} for columns {@code graph.index[i k + r]}.
     */
    static SparseSymmetric symmetrize(NeighbourGraph graph, double[] weight, Combine combine) {
        int n = graph.count();
        int k = graph.k();
        int[] idx = graph.index();
        int[] count = new int[n + 1];
        for (int i = 0; i < n; i++) {
            count[i + 1] += k;
            for (int r = 0; r < k; r++) {
                count[idx[i * k + r] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            count[i + 1] += count[i];
        }
        int[] fill = count.clone();
        int[] col = new int[count[n]];
        double[] forward = new double[count[n]];
        double[] backward = new double[count[n]];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < k; r++) {
                int j = idx[i * k + r];
                double w = weight[i * k + r];
                int e = fill[i]++;
                col[e] = j;
                forward[e] = w;
                e = fill[j]++;
                col[e] = i;
                backward[e] = w;
            }
        }
        int[] start = new int[n + 1];
        int[] outCol = new int[count[n]];
        double[] outVal = new double[count[n]];
        int out = 0;
        long[] keys = new long[0];
        for (int i = 0; i < n; i++) {
            start[i] = out;
            int from = count[i];
            int to = count[i + 1];
            if (keys.length < to - from) {
                keys = new long[to - from];
            }
            for (int e = from; e < to; e++) {
                keys[e - from] = ((long) col[e] << 32) | (e - from);
            }
            java.util.Arrays.sort(keys, 0, to - from);
            int a = 0;
            while (a < to - from) {
                int j = (int) (keys[a] >>> 32);
                double f = 0;
                double b = 0;
                while (a < to - from && (int) (keys[a] >>> 32) == j) {
                    int e = from + (int) keys[a];
                    f += forward[e];
                    b += backward[e];
                    a++;
                }
                outCol[out] = j;
                outVal[out++] = combine.apply(f, b);
            }
        }
        start[n] = out;
        return new SparseSymmetric(start, java.util.Arrays.copyOf(outCol, out), java.util.Arrays.copyOf(outVal, out));
    }

    /** How a weight and its transpose's combine. */
    @FunctionalInterface
    interface Combine {
        double apply(double forward, double backward);
    }
}
