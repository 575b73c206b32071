package dev.fmnist.viz.chart;

import java.awt.BasicStroke;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Accuracy against fit time (log scale) of every result, one colour per family (the same in every panel), the
 * Pareto front as a line, and the published accuracies as diamonds; one panel per dataset.
 */
public final class ParetoChart {
    static final int PANEL_WIDTH = 960;
    static final int PANEL_HEIGHT = 640;
    /** Fit times below this (a millisecond) are drawn at it: a log axis has no zero. */
    static final double MIN_SECONDS = 1e-3;
    /** The legend name of the front. */
    public static final String FRONT = "Pareto front";
    /** The legend name of the published accuracies. */
    public static final String PUBLISHED = "published accuracy";

    private ParetoChart() {
    }

    /** The families of all panels, in the order of their colours. */
    public static List<String> families(List<ParetoPanel> panels) {
        TreeSet<String> families = new TreeSet<>();
        panels.forEach(p -> p.results().forEach(r -> families.add(r.family())));
        return List.copyOf(families);
    }

    /** The panels side by side under a heading. */
    public static BufferedImage draw(String heading, List<ParetoPanel> panels) {
        List<String> families = families(panels);
        List<XYChart> charts = new ArrayList<>();
        for (ParetoPanel p : panels) {
            charts.add(panel(p, families));
        }
        return ChartImages.row(heading, charts);
    }

    private static XYChart panel(ParetoPanel p, List<String> families) {
        XYChart chart = new XYChart(PANEL_WIDTH, PANEL_HEIGHT, Styler.ChartTheme.XChart);
        chart.setTitle(p.title());
        chart.setXAxisTitle("mean fit seconds (log scale)");
        chart.setYAxisTitle("mean test accuracy (%)");
        for (int f = 0; f < families.size(); f++) {
            String family = families.get(f);
            List<ParetoPanel.Point> points = p.results().stream().filter(r -> r.family().equals(family)).toList();
            if (!points.isEmpty()) {
                scatter(chart, family, points).setMarkerColor(Palette.colour(f));
            }
        }
        List<ParetoPanel.Point> front = p.front();
        if (!front.isEmpty()) {
            XYSeries line = chart.addSeries(FRONT, seconds(front), percent(front));
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(Palette.REFERENCE);
            line.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10,
                    new float[] {6, 4}, 0));
        }
        if (!p.published().isEmpty()) {
            scatter(chart, PUBLISHED, p.published()).setMarker(SeriesMarkers.DIAMOND)
                    .setMarkerColor(Palette.REFERENCE);
        }
        XYStyler s = chart.getStyler();
        s.setXAxisLogarithmic(true);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setMarkerSize(9);
        s.setYAxisDecimalPattern("0.0");
        ConfusionChart.styleAxes(chart);
        return chart;
    }

    private static XYSeries scatter(XYChart chart, String name, List<ParetoPanel.Point> points) {
        XYSeries series = chart.addSeries(name, seconds(points), percent(points));
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarker(SeriesMarkers.CIRCLE);
        return series;
    }

    private static double[] seconds(List<ParetoPanel.Point> points) {
        return points.stream().mapToDouble(p -> Math.max(MIN_SECONDS, p.fitSeconds())).toArray();
    }

    private static double[] percent(List<ParetoPanel.Point> points) {
        return points.stream().mapToDouble(p -> 100 * p.accuracy()).toArray();
    }
}
