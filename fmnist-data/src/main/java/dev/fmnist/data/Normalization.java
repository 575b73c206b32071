package dev.fmnist.data;

import java.util.Locale;

/**
 * How unsigned-byte pixels become floats. Each normalization is a 256-entry lookup table, so producing a batch
 * of floats costs one table read per pixel.
 */
public final class Normalization {
    /** Pixels as they are, 0 to 255. */
    public static final Normalization RAW = new Normalization("raw", 0, 1);
    /** Pixels scaled to [0, 1] (divided by 255). */
    public static final Normalization UNIT = new Normalization("unit", 0, 255);

    private final String name;
    private final double mean;
    private final double std;
    private final float[] table = new float[256];

    private Normalization(String name, double mean, double std) {
        this.name = name;
        this.mean = mean;
        this.std = std;
        for (int p = 0; p < 256; p++) {
            table[p] = (float) ((p - mean) / std);
        }
    }

    /**
     * Standardization: {@code (pixel - mean) / std}, with the mean and standard deviation of raw pixel values
     * (0..255), usually those of the training split ({@link Split#pixelMean()}, {@link Split#pixelStd()}).
     */
    public static Normalization standardize(double mean, double std) {
        if (!(std > 0)) {
            throw new IllegalArgumentException("standard deviation must be positive, not " + std);
        }
        return new Normalization(String.format(Locale.ROOT, "standardize(mean=%.4f, std=%.4f)", mean, std), mean, std);
    }

    /** Standardization with the pixel mean and standard deviation of {@code split}. */
    public static Normalization standardize(Split split) {
        return standardize(split.pixelMean(), split.pixelStd());
    }

    /** The float for an unsigned-byte pixel value 0..255. */
    public float apply(int pixel) {
        return table[pixel & 0xFF];
    }

    /** Mean subtracted from raw pixel values. */
    public double mean() {
        return mean;
    }

    /** Divisor applied after subtracting the mean. */
    public double std() {
        return std;
    }

    /** Converts {@code n} pixels from {@code src[srcOff..]} into {@code dst[dstOff..]}. */
    public void convert(byte[] src, int srcOff, float[] dst, int dstOff, int n) {
        float[] t = table;
        for (int i = 0; i < n; i++) {
            dst[dstOff + i] = t[src[srcOff + i] & 0xFF];
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
