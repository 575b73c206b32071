package dev.fmnist.nn.data;

import java.util.SplittableRandom;

/**
 * Cheap training-time augmentation on unsigned-byte images: a random crop of the image padded with background
 * ({@code padding} pixels each side, i.e. a random shift), a horizontal flip with probability 1/2 (for clothes only:
 * a flipped digit is a different or no digit), and random erasing of a rectangle with probability
 * {@code eraseProbability} (2-33% of the area, aspect 0.3-3.3, filled with random pixels).
 *
 * @param padding          maximum shift in pixels (0 for none)
 * @param flip             whether to flip horizontally at random
 * @param eraseProbability probability of erasing a rectangle (0 for never)
 */
public record Augmentation(int padding, boolean flip, double eraseProbability) {
    /** No augmentation. */
    public static final Augmentation NONE = new Augmentation(0, false, 0);

    public Augmentation {
        if (padding < 0 || eraseProbability < 0 || eraseProbability > 1) {
            throw new IllegalArgumentException("bad augmentation: padding " + padding + ", erase " + eraseProbability);
        }
    }

    /** The standard augmentation: 2-pixel crops, flips when {@code flip}, erasing half the time. */
    public static Augmentation standard(boolean flip) {
        return new Augmentation(2, flip, 0.5);
    }

    /** True when images pass unchanged. */
    public boolean isNone() {
        return padding == 0 && !flip && eraseProbability == 0;
    }

    /** Writes an augmented copy of the image at {@code src[offset..]} into {@code dst}. */
    public void apply(byte[] src, int offset, int rows, int cols, byte[] dst, SplittableRandom rnd) {
        int dy = padding == 0 ? 0 : rnd.nextInt(2 * padding + 1) - padding;
        int dx = padding == 0 ? 0 : rnd.nextInt(2 * padding + 1) - padding;
        boolean mirror = flip && rnd.nextBoolean();
        for (int r = 0; r < rows; r++) {
            int sr = r + dy;
            for (int c = 0; c < cols; c++) {
                int sc = (mirror ? cols - 1 - c : c) + dx;
                dst[r * cols + c] = sr >= 0 && sr < rows && sc >= 0 && sc < cols ? src[offset + sr * cols + sc] : 0;
            }
        }
        if (eraseProbability > 0 && rnd.nextDouble() < eraseProbability) {
            erase(dst, rows, cols, rnd);
        }
    }

    private static void erase(byte[] img, int rows, int cols, SplittableRandom rnd) {
        double area = rows * cols * (0.02 + rnd.nextDouble() * 0.31);
        double aspect = Math.exp(Math.log(0.3) + rnd.nextDouble() * (Math.log(1 / 0.3) - Math.log(0.3)));
        int h = (int) Math.round(Math.sqrt(area * aspect));
        int w = (int) Math.round(Math.sqrt(area / aspect));
        if (h < 1 || w < 1 || h >= rows || w >= cols) {
            return;
        }
        int top = rnd.nextInt(rows - h + 1);
        int left = rnd.nextInt(cols - w + 1);
        for (int r = top; r < top + h; r++) {
            for (int c = left; c < left + w; c++) {
                img[r * cols + c] = (byte) rnd.nextInt(256);
            }
        }
    }
}
