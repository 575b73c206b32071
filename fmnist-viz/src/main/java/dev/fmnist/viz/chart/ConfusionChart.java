package dev.fmnist.viz.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

/**
 * A confusion matrix as three panels: a heat map of row-normalised shares (each true class's images spread over
 * the predicted classes), a heat map of the counts, and the accuracy of each class as bars.
 */
public final class ConfusionChart {
    static final int PANEL_WIDTH = 640;
    static final int PANEL_HEIGHT = 600;
    /** The colour of a share or count of zero. */
    public static final Color LOW = Color.WHITE;
    /** The colour of the largest share or count. */
    public static final Color HIGH = new Color(0x4292c6);
    /** Small enough that every class gets its tick label. */
    private static final int TICK_SPACING = 10;
    /** The colour of the per-class accuracy bars. */
    public static final Color BARS = Palette.colour(0);

    private ConfusionChart() {
    }

    /** The three panels side by side. */
    public static BufferedImage draw(Confusion m) {
        String heading = String.format(Locale.ROOT, "%s: accuracy %.2f%% of %,d images", m.title(),
                100 * m.accuracy(), m.total());
        return ChartImages.row(heading, List.of(shares(m), counts(m), perClassAccuracy(m)));
    }

    private static HeatMapChart shares(Confusion m) {
        int k = m.labels().size();
        List<Number[]> cells = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                cells.add(new Number[] {p, k - 1 - t, 100 * m.share(t, p)});
            }
        }
        return heatMap("share of each true class's images (%)", m, cells, 100, "0.0");
    }

    private static HeatMapChart counts(Confusion m) {
        int k = m.labels().size();
        List<Number[]> cells = new ArrayList<>();
        int max = 1;
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                cells.add(new Number[] {p, k - 1 - t, m.counts()[t][p]});
                max = Math.max(max, m.counts()[t][p]);
            }
        }
        return heatMap("images", m, cells, max, "0");
    }

    private static HeatMapChart heatMap(String title, Confusion m, List<Number[]> cells, double max,
                                        String decimalPattern) {
        HeatMapChart chart = new HeatMapChart(PANEL_WIDTH, PANEL_HEIGHT, Styler.ChartTheme.XChart);
        chart.setTitle(title);
        chart.setXAxisTitle("predicted");
        chart.setYAxisTitle("true");
        List<String> topDown = new ArrayList<>(m.labels());
        java.util.Collections.reverse(topDown);
        chart.addSeries(title, m.labels(), topDown, cells);
        HeatMapStyler s = chart.getStyler();
        s.setRangeColors(new Color[] {LOW, HIGH}).setMin(0).setMax(max).setShowValue(true)
                .setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11))
                .setHeatMapValueDecimalPattern(decimalPattern).setValueFontColor(Color.BLACK);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        styleAxes(chart);
        s.setXAxisLabelRotation(45);
        s.setXAxisTickMarkSpacingHint(TICK_SPACING);
        s.setYAxisTickMarkSpacingHint(TICK_SPACING);
        return chart;
    }

    private static CategoryChart perClassAccuracy(Confusion m) {
        List<Double> accuracy = new ArrayList<>();
        for (int c = 0; c < m.labels().size(); c++) {
            accuracy.add(100 * m.share(c, c));
        }
        CategoryChart chart = new CategoryChart(PANEL_WIDTH, PANEL_HEIGHT, Styler.ChartTheme.XChart);
        chart.setTitle("accuracy of each class (%)");
        chart.setXAxisTitle("true class");
        chart.setYAxisTitle("% of its images classified right");
        chart.addSeries("accuracy", m.labels(), accuracy).setFillColor(BARS);
        CategoryStyler s = chart.getStyler();
        s.setLabelsVisible(true).setLabelsFontColor(Color.BLACK).setLabelsFontColorAutomaticEnabled(false);
        s.setLegendVisible(false);
        s.setYAxisMin(0.0).setYAxisMax(100.0);
        s.setXAxisLabelRotation(45);
        s.setXAxisTickMarkSpacingHint(TICK_SPACING);
        s.setDecimalPattern("0.0");
        styleAxes(chart);
        return chart;
    }

    /** The plain look shared by the charts: white background, no plot border. */
    static void styleAxes(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        Styler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setLegendBorderColor(Color.LIGHT_GRAY);
        s.setLocale(Locale.ROOT);
    }
}
