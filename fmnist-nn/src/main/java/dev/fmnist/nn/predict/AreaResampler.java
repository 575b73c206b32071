package dev.fmnist.nn.predict;

/** Resizes a grayscale image by area averaging (each target pixel is the mean of the source area it covers). */
final class AreaResampler {
    private AreaResampler() {
    }

    /**
     * Resizes the {@code bw x bh} region at ({@code left}, {@code top}) of a {@code stride}-wide image to
     * {@code tw x th}.
     */
    static double[] resize(double[] src, int stride, int left, int top, int bw, int bh, int tw, int th) {
        double[] rows = new double[bh * tw];
        double[] line = new double[Math.max(bw, bh)];
        double[] out1 = new double[Math.max(tw, th)];
        for (int y = 0; y < bh; y++) {
            System.arraycopy(src, (top + y) * stride + left, line, 0, bw);
            resample(line, bw, out1, tw);
            System.arraycopy(out1, 0, rows, y * tw, tw);
        }
        double[] result = new double[th * tw];
        for (int x = 0; x < tw; x++) {
            for (int y = 0; y < bh; y++) {
                line[y] = rows[y * tw + x];
            }
            resample(line, bh, out1, th);
            for (int y = 0; y < th; y++) {
                result[y * tw + x] = out1[y];
            }
        }
        return result;
    }

    /** One dimension: {@code n} samples to {@code m}, each output the mean over its share of the input. */
    private static void resample(double[] in, int n, double[] out, int m) {
        double step = (double) n / m;
        for (int j = 0; j < m; j++) {
            double start = j * step;
            double end = start + step;
            double sum = 0;
            for (int i = (int) start; i < Math.min(n, (int) Math.ceil(end)); i++) {
                double overlap = Math.min(end, i + 1) - Math.max(start, i);
                sum += in[i] * overlap;
            }
            out[j] = sum / step;
        }
    }
}
