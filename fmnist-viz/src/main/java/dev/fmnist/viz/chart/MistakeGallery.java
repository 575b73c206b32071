package dev.fmnist.viz.chart;

import dev.fmnist.viz.PngImages;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * A gallery of misclassified images, each with its index, true class, predicted class ("pred") and (where the
 * classifier gives one) its confidence, above a bar chart of the most confused pairs of classes.
 */
public final class MistakeGallery {
    static final int COLUMNS = 8;
    static final int SCALE = 3;
    static final int CELL_WIDTH = 150;
    static final int CAPTION_LINE = 15;
    static final int CHART_HEIGHT = 420;
    /** The gallery is at least this wide, so that the chart under it has room. */
    static final int MIN_WIDTH = 960;
    /** The colour of the bars of the most confused pairs. */
    public static final Color BARS = Palette.colour(3);
    private static final Font CAPTION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private MistakeGallery() {
    }

    /** The gallery, and under it the chart of the most confused pairs (left out when there are none). */
    public static BufferedImage draw(Mistakes m) {
        List<Mistakes.Item> items = m.items();
        int rows = (items.size() + COLUMNS - 1) / COLUMNS;
        int imageSize = items.isEmpty() ? 28 * SCALE : items.get(0).image().rows() * SCALE;
        int cellHeight = imageSize + 3 * CAPTION_LINE + 10;
        int width = Math.max(MIN_WIDTH, Math.min(items.size(), COLUMNS) * CELL_WIDTH);
        int galleryHeight = rows * cellHeight;
        CategoryChart chart = m.pairs().isEmpty() ? null : pairs(m.pairs(), width);
        int top = ChartImages.HEADING_HEIGHT;
        BufferedImage picture = ChartImages.canvas(width, top + galleryHeight + (chart == null ? 0 : CHART_HEIGHT));
        String heading = String.format(Locale.ROOT, "%s: %,d mistakes%s", m.title(), m.total(),
                items.size() < m.total() ? ", the first " + items.size() + " shown" : "");
        ChartImages.heading(picture, heading, 0, width);
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(CAPTION_FONT);
            for (int i = 0; i < items.size(); i++) {
                int x = (i % COLUMNS) * CELL_WIDTH;
                int y = top + (i / COLUMNS) * cellHeight;
                tile(g, items.get(i), x, y, imageSize);
            }
        } finally {
            g.dispose();
        }
        if (chart != null) {
            ChartImages.paint(picture, chart, 0, top + galleryHeight);
        }
        return picture;
    }

    private static void tile(Graphics2D g, Mistakes.Item item, int x, int y, int imageSize) {
        g.drawImage(PngImages.picture(item.image(), SCALE), x + (CELL_WIDTH - imageSize) / 2, y + 4, null);
        String confidence = Double.isNaN(item.confidence()) ? ""
                : String.format(Locale.ROOT, " %.0f%%", 100 * item.confidence());
        String[] lines = {"#" + item.index(), "true: " + item.truth(), "pred: " + item.predicted() + confidence};
        Color[] colours = {Color.GRAY, Color.BLACK, BARS.darker()};
        FontMetrics fm = g.getFontMetrics();
        for (int k = 0; k < lines.length; k++) {
            String text = ChartImages.fit(lines[k], fm, CELL_WIDTH - 6);
            g.setColor(colours[k]);
            g.drawString(text, x + (CELL_WIDTH - fm.stringWidth(text)) / 2, y + imageSize + 4 + (k + 1) * CAPTION_LINE);
        }
    }

    private static CategoryChart pairs(List<Confusion.Pair> pairs, int width) {
        List<String> names = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Confusion.Pair p : pairs) {
            names.add(p.truth() + " → " + p.predicted());
            counts.add(p.count());
        }
        CategoryChart chart = new CategoryChart(width, CHART_HEIGHT, Styler.ChartTheme.XChart);
        chart.setTitle("most confused pairs (true → predicted)");
        chart.setYAxisTitle("images");
        chart.addSeries("images", names, counts).setFillColor(BARS);
        CategoryStyler s = chart.getStyler();
        s.setLabelsVisible(true).setLabelsFontColor(Color.BLACK).setLabelsFontColorAutomaticEnabled(false);
        s.setLegendVisible(false);
        s.setXAxisLabelRotation(30);
        s.setXAxisTickMarkSpacingHint(10);
        s.setYAxisMin(0.0);
        s.setDecimalPattern("0");
        ConfusionChart.styleAxes(chart);
        return chart;
    }
}
