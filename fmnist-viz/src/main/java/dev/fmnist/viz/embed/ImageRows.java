package dev.fmnist.viz.embed;

/**
 * Images as rows of unsigned-byte pixels, {@code count x dim}, the input of every embedding method. Methods read the
 * pixels scaled to [0, 1] (as {@code pixels / 255.0}).
 *
 * @param pixels {@code count x dim} unsigned bytes, row-major (held, not copied)
 */
public record ImageRows(byte[] pixels, int count, int dim) {
    /** Checks that the array holds {@code count x dim} pixels. */
    public ImageRows {
        if (count < 0 || dim < 1 || (long) count * dim != pixels.length) {
            throw new IllegalArgumentException(pixels.length + " pixels are not " + count + " rows of " + dim);
        }
    }

    /** Pixel {@code p} of row {@code i}, 0 to 255. */
    public int get(int i, int p) {
        return pixels[i * dim + p] & 0xFF;
    }
}
