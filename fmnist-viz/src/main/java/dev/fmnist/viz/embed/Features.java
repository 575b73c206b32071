package dev.fmnist.viz.embed;

/**
 * Points as rows of floats, {@code count x dim}: the principal-component coordinates on which the neighbours are
 * searched.
 */
record Features(float[] values, int count, int dim) {
    /** The leading {@code dim} principal coordinates of the rows (fewer when the images have fewer pixels). */
    static Features principal(ImageRows rows, int dim, Workers workers) {
        int k = Math.min(dim, rows.dim());
        PcaModel pca = Pca.fit(rows, k, workers, 1e-6);
        double[] p = pca.project(rows, workers);
        float[] v = new float[p.length];
        for (int i = 0; i < p.length; i++) {
            v[i] = (float) p[i];
        }
        return new Features(v, rows.count(), k);
    }

    /** The squared Euclidean distance between rows {@code i} and {@code j}. */
    float distance2(int i, int j) {
        int a = i * dim;
        int b = j * dim;
        float s = 0;
        for (int c = 0; c < dim; c++) {
            float e = values[a + c] - values[b + c];
            s += e * e;
        }
        return s;
    }
}
