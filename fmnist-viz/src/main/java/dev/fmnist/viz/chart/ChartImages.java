package dev.fmnist.viz.chart;

import dev.fmnist.viz.PngImages;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/** Lays XChart charts out side by side in one picture, and writes pictures as PNG files atomically. */
public final class ChartImages {
    /** The height of the line of text above a row of charts. */
    static final int HEADING_HEIGHT = 36;
    private static final Font HEADING_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final int MIN_HEADING_SIZE = 11;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ChartImages() {
    }

    /**
     * The charts in one row under a heading, each painted by XChart at its own width and height, on white.
     *
     * @param heading one line above the charts, saying what they show
     */
    public static BufferedImage row(String heading, List<? extends Chart<?, ?>> charts) {
        int width = charts.stream().mapToInt(Chart::getWidth).sum();
        int height = charts.stream().mapToInt(Chart::getHeight).max().orElse(1);
        BufferedImage picture = canvas(width, HEADING_HEIGHT + height);
        heading(picture, heading, 0, width);
        int x = 0;
        for (Chart<?, ?> chart : charts) {
            paint(picture, chart, x, HEADING_HEIGHT);
            x += chart.getWidth();
        }
        return picture;
    }

    /**
     * Writes one line of text centred over {@code width} pixels from {@code x}, at the top of a picture, in a smaller
     * font when it is long, and cut short with an ellipsis when even that is too wide.
     */
    static void heading(BufferedImage picture, String text, int x, int width) {
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            int room = width - 8;
            int size = HEADING_FONT.getSize();
            g.setFont(HEADING_FONT);
            while (size > MIN_HEADING_SIZE && g.getFontMetrics().stringWidth(text) > room) {
                g.setFont(HEADING_FONT.deriveFont((float) --size));
            }
            FontMetrics m = g.getFontMetrics();
            String line = fit(text, m, room);
            int baseline = (HEADING_HEIGHT + m.getAscent() - m.getDescent()) / 2;
            g.drawString(line, x + (width - m.stringWidth(line)) / 2, baseline);
        } finally {
            g.dispose();
        }
    }

    /** The text, cut with an ellipsis to fit {@code width} pixels. */
    static String fit(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && fm.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** A white RGB picture. */
    static BufferedImage canvas(int width, int height) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
        } finally {
            g.dispose();
        }
        return picture;
    }

    /** Paints a chart into a picture with its top-left corner at ({@code x}, {@code y}). */
    static void paint(BufferedImage picture, Chart<?, ?> chart, int x, int y) {
        Graphics2D g = picture.createGraphics();
        try {
            g.translate(x, y);
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
    }

    /** Writes a picture as a PNG file through a temporary file, so that no half-written PNG is ever left. */
    public static void write(BufferedImage picture, Path file) throws IOException {
        PngImages.write(picture, file);
    }
}
