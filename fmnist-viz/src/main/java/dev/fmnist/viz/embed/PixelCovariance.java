package dev.fmnist.viz.embed;

/**
 * The exact mean and covariance of the pixels scaled to [0, 1]. The products of unsigned bytes are summed in float
 * over chunks of {@value #CHUNK} images, where every partial sum is an integer below 2^24 and therefore exact, then in
 * double; zero pixels (half of Fashion-MNIST's, four fifths of MNIST's) are skipped. Only the upper triangle is
 * accumulated.
 */
final class PixelCovariance {
    /** Images per float accumulation: {@code CHUNK x 255^2 < 2^24}, so every float sum is exact. */
    static final int CHUNK = 256;

    private PixelCovariance() {
    }

    /** The moments of the rows. */
    record Moments(double[] mean, double[] covariance, int dim) {
        /** The sum of the variances (the trace of the covariance). */
        double totalVariance() {
            double t = 0;
            for (int i = 0; i < dim; i++) {
                t += covariance[i * dim + i];
            }
            return t;
        }
    }

    /** The mean and the sample covariance (divided by {@code count - 1}) of {@code x / 255}. */
    static Moments of(ImageRows x, Workers workers) {
        int d = x.dim();
        int n = x.count();
        if (n < 2) {
            throw new IllegalArgumentException("a covariance needs at least 2 images, not " + n);
        }
        int chunks = (n + CHUNK - 1) / CHUNK;
        int tasks = Math.min(workers.threads(), chunks);
        double[][] products = new double[tasks][];
        long[][] sums = new long[tasks][];
        workers.run(tasks, t -> {
            products[t] = new double[d * d];
            sums[t] = new long[d];
            Accumulator acc = new Accumulator(d);
            for (int c = (int) ((long) chunks * t / tasks); c < (int) ((long) chunks * (t + 1) / tasks); c++) {
                acc.add(x, c * CHUNK, Math.min(n, (c + 1) * CHUNK), products[t], sums[t]);
            }
        });
        double[] cov = new double[d * d];
        long[] sum = new long[d];
        for (int t = 0; t < tasks; t++) {
            for (int i = 0; i < d * d; i++) {
                cov[i] += products[t][i];
            }
            for (int i = 0; i < d; i++) {
                sum[i] += sums[t][i];
            }
        }
        double[] mean = new double[d];
        for (int i = 0; i < d; i++) {
            mean[i] = sum[i] / (255.0 * n);
        }
        double scale = 1.0 / (255.0 * 255.0 * (n - 1));
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                double c = (cov[i * d + j] - (double) sum[i] * sum[j] / n) * scale;
                cov[i * d + j] = c;
                cov[j * d + i] = c;
            }
        }
        return new Moments(mean, cov, d);
    }

    /** One thread's float accumulators for a chunk. */
    private static final class Accumulator {
        private final int d;
        private final float[][] rows = new float[CHUNK][];
        private final float[][] upper;
        private final int[] nonZero = new int[CHUNK];

        Accumulator(int d) {
            this.d = d;
            this.upper = new float[d][d];
            for (int k = 0; k < CHUNK; k++) {
                rows[k] = new float[d];
            }
        }

        /** Adds the products of images {@code from..to-1} to {@code products} (upper triangle) and their sums. */
        void add(ImageRows x, int from, int to, double[] products, long[] sums) {
            int m = to - from;
            byte[] px = x.pixels();
            for (int k = 0; k < m; k++) {
                float[] r = rows[k];
                int o = (from + k) * d;
                for (int p = 0; p < d; p++) {
                    int v = px[o + p] & 0xFF;
                    r[p] = v;
                    sums[p] += v;
                }
            }
            for (int i = 0; i < d; i++) {
                int nz = 0;
                for (int k = 0; k < m; k++) {
                    if (rows[k][i] != 0) {
                        nonZero[nz++] = k;
                    }
                }
                float[] acc = upper[i];
                int g = 0;
                for (; g + 4 <= nz; g += 4) {
                    float[] r0 = rows[nonZero[g]];
                    float[] r1 = rows[nonZero[g + 1]];
                    float[] r2 = rows[nonZero[g + 2]];
                    float[] r3 = rows[nonZero[g + 3]];
                    float a0 = r0[i];
                    float a1 = r1[i];
                    float a2 = r2[i];
                    float a3 = r3[i];
                    for (int j = i; j < d; j++) {
                        acc[j] += a0 * r0[j] + a1 * r1[j] + a2 * r2[j] + a3 * r3[j];
                    }
                }
                for (; g < nz; g++) {
                    float[] r0 = rows[nonZero[g]];
                    float a0 = r0[i];
                    for (int j = i; j < d; j++) {
                        acc[j] += a0 * r0[j];
                    }
                }
                int o = i * d;
                for (int j = i; j < d; j++) {
                    products[o + j] += acc[j];
                    acc[j] = 0;
                }
            }
        }
    }
}
