package dev.fmnist.nn.predict;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns a picture of any size into a {@code 28 x 28} unsigned-byte image the way the datasets were made: grayscale,
 * inverted when the background is light (the datasets have light objects on black), trimmed to the object, fitted
 * into the frame keeping the aspect ratio (the whole 28 pixels for Fashion-MNIST; a 20-pixel box centred on the
 * centre of mass for the digit sets) and stretched to the full intensity range.
 */
public final class DatasetImageConverter {
    /** The side of the dataset images. */
    public static final int SIDE = 28;
    private static final int DIGIT_BOX = 20;
    /** Pixels brighter than this (after stretching to 0..255 above the background) belong to the object. */
    private static final double OBJECT_LEVEL = 25.5;
    /** Pictures larger than this many pixels are read subsampled: far more than 28 x 28 needs. */
    static final long MAX_PIXELS = 16_000_000;

    private DatasetImageConverter() {
    }

    /**
     * Reads an image file (PNG, JPEG, GIF or BMP) and converts it.
     *
     * @param digits whether the model is for a digit set (MNIST-style framing)
     * @throws IOException when the file is missing, unreadable, not an image, or blank
     */
    public static byte[] read(Path file, boolean digits) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a directory; give a picture file (PNG, JPEG, GIF, BMP)");
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such image file");
        }
        BufferedImage img;
        try {
            img = decode(file);
        } catch (IOException e) {
            throw new IOException(file + " is not a readable image (" + e.getMessage() + ")", e);
        }
        if (img == null) {
            throw new IOException(file + " is not an image in a known format (PNG, JPEG, GIF, BMP)");
        }
        byte[] out = convert(img, digits);
        if (out == null) {
            throw new IOException(file + " is blank: it has no object to classify");
        }
        return out;
    }

    /**
     * Decodes the first image of a file, or returns {@code null} when no reader knows its format. A picture of more
     * than {@link #MAX_PIXELS} is read subsampled (every k-th pixel of every k-th row), so that a huge picture never
     * needs more memory than a large photo.
     */
    private static BufferedImage decode(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_PIXELS));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Converts an image, or returns {@code null} when it is blank (one colour). */
    public static byte[] convert(BufferedImage img, boolean digits) {
        int w = img.getWidth();
        int h = img.getHeight();
        double[] gray = grayOnWhite(img);
        double background = borderMean(gray, w, h);
        if (background > 127.5) {
            for (int i = 0; i < gray.length; i++) {
                gray[i] = 255 - gray[i];
            }
            background = 255 - background;
        }
        double max = 0;
        for (double v : gray) {
            max = Math.max(max, v);
        }
        if (max - background < 8) {
            return null;
        }
        for (int i = 0; i < gray.length; i++) {
            gray[i] = Math.max(0, (gray[i] - background) * 255 / (max - background));
        }
        int top = h;
        int bottom = -1;
        int left = w;
        int right = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (gray[y * w + x] > OBJECT_LEVEL) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        int bw = right - left + 1;
        int bh = bottom - top + 1;
        int box = digits ? DIGIT_BOX : SIDE;
        double scale = (double) box / Math.max(bw, bh);
        int tw = Math.max(1, Math.min(box, (int) Math.round(bw * scale)));
        int th = Math.max(1, Math.min(box, (int) Math.round(bh * scale)));
        double[] fitted = AreaResampler.resize(gray, w, left, top, bw, bh, tw, th);
        int ox = (SIDE - tw) / 2;
        int oy = (SIDE - th) / 2;
        if (digits) {
            double[] c = centreOfMass(fitted, tw, th);
            ox = clamp((int) Math.round(SIDE / 2.0 - c[0]), 0, SIDE - tw);
            oy = clamp((int) Math.round(SIDE / 2.0 - c[1]), 0, SIDE - th);
        }
        byte[] out = new byte[SIDE * SIDE];
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                out[(oy + y) * SIDE + ox + x] = (byte) clamp((int) Math.round(fitted[y * tw + x]), 0, 255);
            }
        }
        return out;
    }

    private static double[] grayOnWhite(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        double[] gray = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = img.getRGB(x, y);
                double a = (argb >>> 24) / 255.0;
                double lum = 0.299 * ((argb >> 16) & 0xFF) + 0.587 * ((argb >> 8) & 0xFF) + 0.114 * (argb & 0xFF);
                gray[y * w + x] = a * lum + (1 - a) * 255;
            }
        }
        return gray;
    }

    private static double borderMean(double[] gray, int w, int h) {
        double sum = 0;
        int n = 0;
        for (int x = 0; x < w; x++) {
            sum += gray[x] + gray[(h - 1) * w + x];
            n += 2;
        }
        for (int y = 0; y < h; y++) {
            sum += gray[y * w] + gray[y * w + w - 1];
            n += 2;
        }
        return sum / n;
    }

    private static double[] centreOfMass(double[] img, int w, int h) {
        double sx = 0;
        double sy = 0;
        double total = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = img[y * w + x];
                sx += v * (x + 0.5);
                sy += v * (y + 0.5);
                total += v;
            }
        }
        return total == 0 ? new double[] {w / 2.0, h / 2.0} : new double[] {sx / total, sy / total};
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
