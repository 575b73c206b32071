package dev.fmnist.viz;

import dev.fmnist.data.Split;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The sprite of the Fashion-MNIST README: for each class, a few rows of its examples, the class name at the left.
 * Classes are separated by a thin gap; a class with fewer examples than the layout asks for leaves the rest black.
 */
public final class ClassSprite {
    private static final int LABEL_PADDING = 8;
    private static final int CLASS_GAP = 2;

    private ClassSprite() {
    }

    /**
     * Draws the sprite of a split.
     *
     * @throws java.awt.AWTError or another runtime error from the JDK when {@code layout.labels()} is set and the
     *                           system has no font (install fontconfig and a font, or draw without labels)
     */
    public static BufferedImage draw(Split split, SpriteLayout layout) {
        int cell = split.cols() * layout.scale();
        int cellHeight = split.rows() * layout.scale();
        int blockHeight = cellHeight * layout.rowsPerClass();
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, blockHeight / 6));
        int labelWidth = layout.labels() ? labelColumnWidth(split, font) : 0;
        int classes = split.classCount();
        BufferedImage sprite = PngImages.grayCanvas(labelWidth + layout.columns() * cell,
                classes * blockHeight + (classes - 1) * CLASS_GAP);
        int[][] byClass = split.classIndex();
        for (int c = 0; c < classes; c++) {
            int top = c * (blockHeight + CLASS_GAP);
            int[] examples = pick(byClass[c], layout.perClass(), new SplittableRandom(layout.seed() * 31 + c));
            for (int k = 0; k < examples.length; k++) {
                PngImages.draw(sprite.getRaster(), split.image(examples[k]),
                        labelWidth + (k % layout.columns()) * cell, top + (k / layout.columns()) * cellHeight,
                        layout.scale());
            }
        }
        if (layout.labels()) {
            drawLabels(sprite, split, font, blockHeight);
        }
        return sprite;
    }

    /** Up to {@code n} of {@code members}, a seeded random choice kept in ascending order. */
    static int[] pick(int[] members, int n, SplittableRandom random) {
        int[] a = members.clone();
        int k = Math.min(n, a.length);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(a.length - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        int[] chosen = Arrays.copyOf(a, k);
        Arrays.sort(chosen);
        return chosen;
    }

    private static int labelColumnWidth(Split split, Font font) {
        BufferedImage scratch = PngImages.grayCanvas(1, 1);
        Graphics2D g = scratch.createGraphics();
        try {
            FontMetrics m = g.getFontMetrics(font);
            int widest = 0;
            for (String name : split.labelNames()) {
                widest = Math.max(widest, m.stringWidth(name));
            }
            return widest + 2 * LABEL_PADDING;
        } finally {
            g.dispose();
        }
    }

    private static void drawLabels(BufferedImage sprite, Split split, Font font, int blockHeight) {
        Graphics2D g = sprite.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font);
            g.setColor(Color.WHITE);
            FontMetrics m = g.getFontMetrics();
            for (int c = 0; c < split.classCount(); c++) {
                int middle = c * (blockHeight + CLASS_GAP) + blockHeight / 2;
                g.drawString(split.labelNames().get(c), LABEL_PADDING, middle + (m.getAscent() - m.getDescent()) / 2);
            }
        } finally {
            g.dispose();
        }
    }
}
