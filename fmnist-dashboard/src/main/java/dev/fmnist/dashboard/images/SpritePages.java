package dev.fmnist.dashboard.images;

import dev.fmnist.data.Image;
import dev.fmnist.data.Split;
import dev.fmnist.viz.PngImages;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A split's images as pages of {@value #PER_PAGE}, each a gray PNG of {@value #COLUMNS} images per row in index
 * order: image {@code i} is on page {@code i / 1000} at column {@code i % 40} and row {@code (i % 1000) / 40}.
 */
public final class SpritePages {
    /** Images per page. */
    public static final int PER_PAGE = 1000;
    /** Images per row of a page. */
    public static final int COLUMNS = 40;

    private static final IndexColorModel SIXTEEN_GRAYS;

    static {
        byte[] gray = new byte[16];
        for (int i = 0; i < gray.length; i++) {
            gray[i] = (byte) (i * 17);
        }
        SIXTEEN_GRAYS = new IndexColorModel(4, 16, gray, gray, gray);
    }

    private SpritePages() {
    }

    /** How many pages a split has. */
    public static int pages(Split split) {
        return (split.count() + PER_PAGE - 1) / PER_PAGE;
    }

    /** How many gray levels a page keeps. */
    public enum Depth {
        /** Every pixel exactly (served pages). */
        EXACT,
        /**
         * 16 levels (4 bits, each pixel rounded to the nearest multiple of 17): half the size, and at 28 x 28 the
         * same to the eye (the report, which must hold every test image of two datasets in 10 MB).
         */
        SIXTEEN_LEVELS
    }

    /**
     * The PNG of one page, every pixel exact.
     *
     * @throws IllegalArgumentException when the page is outside the split
     */
    public static byte[] png(Split split, int page) {
        return png(split, page, Depth.EXACT);
    }

    /**
     * The PNG of one page at a depth.
     *
     * @throws IllegalArgumentException when the page is outside the split
     */
    public static byte[] png(Split split, int page, Depth depth) {
        if (page < 0 || page >= pages(split)) {
            throw new IllegalArgumentException("page " + page + " is outside 0.." + (pages(split) - 1));
        }
        int from = page * PER_PAGE;
        int count = Math.min(PER_PAGE, split.count() - from);
        int rows = (count + COLUMNS - 1) / COLUMNS;
        BufferedImage picture = depth == Depth.EXACT
                ? PngImages.grayCanvas(COLUMNS * split.cols(), rows * split.rows())
                : new BufferedImage(COLUMNS * split.cols(), rows * split.rows(), BufferedImage.TYPE_BYTE_BINARY,
                        SIXTEEN_GRAYS);
        WritableRaster raster = picture.getRaster();
        for (int k = 0; k < count; k++) {
            int x = (k % COLUMNS) * split.cols();
            int y = (k / COLUMNS) * split.rows();
            if (depth == Depth.EXACT) {
                PngImages.draw(raster, split.image(from + k), x, y, 1);
            } else {
                Image image = split.image(from + k);
                for (int r = 0; r < image.rows(); r++) {
                    for (int c = 0; c < image.cols(); c++) {
                        raster.setSample(x + c, y + r, 0, (image.get(r, c) + 8) / 17);
                    }
                }
            }
        }
        try {
            return PngImages.encode(picture);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a sprite page", e);
        }
    }
}
