package dev.fmnist.viz;

import dev.fmnist.data.Image;
import dev.fmnist.data.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Dataset images as grayscale pictures and PNG files (JDK ImageIO, headless). Pixel values are kept as they are:
 * 0 (background) is black, 255 (ink) is white, as in the dataset's own sprite.
 */
public final class PngImages {
    static {
        System.setProperty("java.awt.headless", "true");
        ImageIO.setUseCache(false);
    }

    private PngImages() {
    }

    /** One image as an 8-bit grayscale picture, each pixel drawn as a {@code scale x scale} square. */
    public static BufferedImage picture(Image image, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, not " + scale);
        }
        BufferedImage out = grayCanvas(image.cols() * scale, image.rows() * scale);
        draw(out.getRaster(), image, 0, 0, scale);
        return out;
    }

    /** An 8-bit grayscale picture of the given size, all black. */
    public static BufferedImage grayCanvas(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    }

    /** Draws {@code image} into a grayscale raster with its top-left corner at ({@code x}, {@code y}). */
    public static void draw(WritableRaster raster, Image image, int x, int y, int scale) {
        int[] row = new int[image.cols() * scale];
        for (int r = 0; r < image.rows(); r++) {
            for (int c = 0; c < image.cols(); c++) {
                int p = image.get(r, c);
                for (int s = 0; s < scale; s++) {
                    row[c * scale + s] = p;
                }
            }
            for (int s = 0; s < scale; s++) {
                raster.setPixels(x, y + r * scale + s, row.length, 1, row);
            }
        }
    }

    /**
     * Writes a picture as a PNG file, atomically but not forced to the disk: an export writes one per image, and a
     * picture is cheap to draw again.
     */
    public static void write(BufferedImage picture, Path file) throws IOException {
        AtomicFiles.writeWithoutSync(file, out -> encode(picture, out));
    }

    /** The PNG encoding of a picture. */
    public static byte[] encode(BufferedImage picture) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        encode(picture, bytes);
        return bytes.toByteArray();
    }

    private static void encode(BufferedImage picture, OutputStream out) throws IOException {
        if (!ImageIO.write(picture, "png", out)) {
            throw new IOException("this Java runtime has no PNG writer (javax.imageio)");
        }
    }
}
