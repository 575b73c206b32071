package dev.fmnist.viz.chart;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Learning curves: loss and accuracy per epoch (or against training seconds), training beside validation. */
public final class HistoryChart {
    static final int PANEL_WIDTH = 760;
    static final int PANEL_HEIGHT = 560;
    /** The colour of the training curves. */
    public static final java.awt.Color TRAINING = Palette.colour(0);
    /** The colour of the validation curves. */
    public static final java.awt.Color VALIDATION = Palette.colour(1);

    private HistoryChart() {
    }

    /** The loss panel beside the accuracy panel. */
    public static BufferedImage draw(TrainingCurves curves, TrainingCurves.XAxis x) {
        List<TrainingCurves.Epoch> epochs = curves.epochs();
        XYChart loss = panel("loss", "mean cross-entropy", x, Styler.LegendPosition.InsideNE);
        add(loss, "training", epochs, x, TrainingCurves.Epoch::trainLoss, TRAINING);
        add(loss, "validation", epochs, x, TrainingCurves.Epoch::validationLoss, VALIDATION);
        XYChart accuracy = panel("accuracy", "accuracy (%)", x, Styler.LegendPosition.InsideSE);
        add(accuracy, "training", epochs, x, e -> 100 * e.trainAccuracy(), TRAINING);
        add(accuracy, "validation", epochs, x, e -> 100 * e.validationAccuracy(), VALIDATION);
        String heading = curves.title() + ": " + epochs.size() + (epochs.size() == 1 ? " epoch" : " epochs");
        return ChartImages.row(heading, List.of(loss, accuracy));
    }

    private static XYChart panel(String title, String yTitle, TrainingCurves.XAxis x,
                                 Styler.LegendPosition legend) {
        XYChart chart = new XYChart(PANEL_WIDTH, PANEL_HEIGHT, Styler.ChartTheme.XChart);
        chart.setTitle(title);
        chart.setXAxisTitle(x == TrainingCurves.XAxis.SECONDS ? "training seconds" : "epoch");
        chart.setYAxisTitle(yTitle);
        chart.getStyler().setLegendPosition(legend);
        chart.getStyler().setYAxisDecimalPattern("0.###");
        if (x == TrainingCurves.XAxis.EPOCHS) {
            chart.getStyler().setXAxisDecimalPattern("0");
        }
        ConfusionChart.styleAxes(chart);
        return chart;
    }

    /** A curve of the epochs where {@code value} was measured; none when it never was. */
    private static void add(XYChart chart, String name, List<TrainingCurves.Epoch> epochs, TrainingCurves.XAxis x,
                            ToDoubleFunction<TrainingCurves.Epoch> value, java.awt.Color colour) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (TrainingCurves.Epoch e : epochs) {
            double y = value.applyAsDouble(e);
            if (Double.isFinite(y)) {
                xs.add(x == TrainingCurves.XAxis.SECONDS ? e.elapsedSeconds() : e.epoch());
                ys.add(y);
            }
        }
        if (xs.isEmpty()) {
            return;
        }
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineColor(colour);
        s.setMarkerColor(colour);
    }
}
