package dev.fmnist.viz.embed;

import dev.fmnist.data.Split;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * Maps as pictures: one panel per dataset, side by side, each with its title, its points coloured by class (or, with
 * thumbnails, the images themselves, their ink in the class colour) and a legend of the class names. The x and y
 * axes keep the same scale, so distances on the picture are distances on the map.
 */
public final class EmbeddingPicture {
    /** The class colours (matplotlib's tab10), in label order, repeated beyond ten classes. */
    private static final int[] PALETTE = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2,
        0x7f7f7f, 0xbcbd22, 0x17becf};
    private static final int POINTS_PLOT = 900;
    private static final int THUMBNAILS_PLOT = 2000;
    private static final int MARGIN = 20;
    private static final int TITLE = 40;
    private static final int SWATCH = 14;
    private static final int WHITE = 0xFFFFFF;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private EmbeddingPicture() {
    }

    /**
     * One dataset's map.
     *
     * @param dataset the dataset's short name ({@code fashion}), which also names its files
     * @param title   the panel's title
     */
    public record Panel(String dataset, String title, ImageSelection images, Embedding map) {
        /** Checks that the map has one point per image. */
        public Panel {
            if (images.count() != map.count()) {
                throw new IllegalArgumentException(map.count() + " points for " + images.count() + " images");
            }
        }
    }

    /** The colour of class {@code label} as 0xRRGGBB. */
    public static int colour(int label) {
        return PALETTE[label % PALETTE.length];
    }

    /**
     * Draws the panels side by side.
     *
     * @throws java.awt.AWTError or another runtime error from the JDK when the system has no font (install
     *                           fontconfig and a font)
     */
    public static BufferedImage draw(List<Panel> panels, boolean thumbnails) {
        int plot = thumbnails ? THUMBNAILS_PLOT : POINTS_PLOT;
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, thumbnails ? 28 : 16);
        int legend = legendWidth(panels, font);
        int panelWidth = MARGIN + plot + MARGIN + legend + MARGIN;
        BufferedImage picture = new BufferedImage(panelWidth * panels.size(), TITLE + plot + 2 * MARGIN,
                BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(pixels, WHITE);
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font);
            for (int p = 0; p < panels.size(); p++) {
                Panel panel = panels.get(p);
                int left = p * panelWidth;
                g.setColor(Color.BLACK);
                g.drawString(panel.title(), left + MARGIN, TITLE - 10);
                Frame frame = Frame.of(panel.map(), left + MARGIN, TITLE + MARGIN, plot);
                if (thumbnails) {
                    drawThumbnails(pixels, picture.getWidth(), panel, frame);
                } else {
                    drawPoints(pixels, picture.getWidth(), panel, frame);
                }
                drawLegend(g, panel.images().labelNames(), left + MARGIN + plot + MARGIN, TITLE + MARGIN);
            }
        } finally {
            g.dispose();
        }
        return picture;
    }

    /** Where the map's coordinates land on the picture: a square, the same scale in x and y, 2% padding. */
    private record Frame(double minX, double minY, double scale, int left, int top, int size) {
        static Frame of(Embedding map, int left, int top, int size) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < map.count(); i++) {
                minX = Math.min(minX, map.x(i));
                maxX = Math.max(maxX, map.x(i));
                minY = Math.min(minY, map.y(i));
                maxY = Math.max(maxY, map.y(i));
            }
            double span = Math.max(Math.max(maxX - minX, maxY - minY), 1e-12);
            double scale = size * 0.96 / span;
            double cx = (minX + maxX) / 2;
            double cy = (minY + maxY) / 2;
            return new Frame(cx - size / 2.0 / scale, cy - size / 2.0 / scale, scale, left, top, size);
        }

        int px(double x) {
            return left + (int) Math.min(size - 1, Math.max(0, (x - minX) * scale));
        }

        /** Picture rows grow downwards; the map's y grows upwards. */
        int py(double y) {
            return top + size - 1 - (int) Math.min(size - 1, Math.max(0, (y - minY) * scale));
        }
    }

    private static void drawPoints(int[] pixels, int width, Panel panel, Frame f) {
        Embedding map = panel.map();
        int n = map.count();
        int dot = n > 20_000 ? 2 : n > 5_000 ? 3 : 5;
        for (int i = 0; i < n; i++) {
            int rgb = colour(panel.images().label(i));
            int x0 = f.px(map.x(i)) - dot / 2;
            int y0 = f.py(map.y(i)) - dot / 2;
            for (int y = Math.max(f.top(), y0); y < Math.min(f.top() + f.size(), y0 + dot); y++) {
                for (int x = Math.max(f.left(), x0); x < Math.min(f.left() + f.size(), x0 + dot); x++) {
                    pixels[y * width + x] = rgb;
                }
            }
        }
    }

    /** Each image at its point (its centre), its ink blended over what is there in the class colour. */
    private static void drawThumbnails(int[] pixels, int width, Panel panel, Frame f) {
        Embedding map = panel.map();
        ImageSelection images = panel.images();
        for (int i = 0; i < map.count(); i++) {
            Split s = images.split(i);
            int rows = s.rows();
            int cols = s.cols();
            int rgb = colour(images.label(i));
            int x0 = f.px(map.x(i)) - cols / 2;
            int y0 = f.py(map.y(i)) - rows / 2;
            byte[] px = s.images();
            int base = images.index(i) * rows * cols;
            for (int r = 0; r < rows; r++) {
                int y = y0 + r;
                if (y < f.top() || y >= f.top() + f.size()) {
                    continue;
                }
                for (int c = 0; c < cols; c++) {
                    int x = x0 + c;
                    int ink = px[base + r * cols + c] & 0xFF;
                    if (ink != 0 && x >= f.left() && x < f.left() + f.size()) {
                        int at = y * width + x;
                        pixels[at] = blend(pixels[at], rgb, ink);
                    }
                }
            }
        }
    }

    /** {@code over} on {@code under} with opacity {@code alpha / 255}. */
    static int blend(int under, int over, int alpha) {
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int u = (under >> shift) & 0xFF;
            int o = (over >> shift) & 0xFF;
            out |= ((u * (255 - alpha) + o * alpha + 127) / 255) << shift;
        }
        return out;
    }

    private static void drawLegend(Graphics2D g, List<String> names, int left, int top) {
        FontMetrics m = g.getFontMetrics();
        int line = Math.max(SWATCH, m.getHeight()) + 6;
        for (int l = 0; l < names.size(); l++) {
            int y = top + l * line;
            g.setColor(new Color(colour(l)));
            g.fillRect(left, y, SWATCH, SWATCH);
            g.setColor(Color.BLACK);
            g.drawString(names.get(l), left + SWATCH + 8, y + SWATCH / 2 + (m.getAscent() - m.getDescent()) / 2);
        }
    }

    private static int legendWidth(List<Panel> panels, Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            FontMetrics m = g.getFontMetrics(font);
            int widest = 0;
            for (Panel p : panels) {
                for (String name : p.images().labelNames()) {
                    widest = Math.max(widest, m.stringWidth(name));
                }
            }
            return SWATCH + 8 + widest;
        } finally {
            g.dispose();
        }
    }
}
