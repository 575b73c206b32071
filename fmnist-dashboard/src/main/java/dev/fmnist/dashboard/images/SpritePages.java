package dev.fmnist.dashboard.images;

import dev.fmnist.data.Split;
import dev.fmnist.viz.PngImages;
import java.awt.image.BufferedImage;
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

    private SpritePages() {
    }

    /** How many pages a split has. */
    public static int pages(Split split) {
        return (split.count() + PER_PAGE - 1) / PER_PAGE;
    }

    /**
     * The PNG of one page.
     *
     * @throws IllegalArgumentException when the page is outside the split
     */
    public static byte[] png(Split split, int page) {
        if (page < 0 || page >= pages(split)) {
            throw new IllegalArgumentException("page " + page + " is outside 0.." + (pages(split) - 1));
        }
        int from = page * PER_PAGE;
        int count = Math.min(PER_PAGE, split.count() - from);
        int rows = (count + COLUMNS - 1) / COLUMNS;
        BufferedImage picture = PngImages.grayCanvas(COLUMNS * split.cols(), rows * split.rows());
        WritableRaster raster = picture.getRaster();
        for (int k = 0; k < count; k++) {
            PngImages.draw(raster, split.image(from + k), (k % COLUMNS) * split.cols(), (k / COLUMNS) * split.rows(), 1);
        }
        try {
            return PngImages.encode(picture);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a sprite page", e);
        }
    }
}
