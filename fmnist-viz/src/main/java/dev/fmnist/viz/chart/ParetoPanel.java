package dev.fmnist.viz.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The results of one dataset for {@link ParetoChart}.
 *
 * @param title     the dataset, for example {@code Fashion-MNIST}
 * @param results   every result: its family, fit time and accuracy
 * @param published the published accuracy of a configuration, placed at our fit time of the same configuration
 */
public record ParetoPanel(String title, List<Point> results, List<Point> published) {
    public ParetoPanel {
        results = List.copyOf(results);
        published = List.copyOf(published);
    }

    /**
     * One result.
     *
     * @param family     the family, which gives the colour
     * @param fitSeconds mean fit seconds (positive)
     * @param accuracy   mean test accuracy, 0..1
     */
    public record Point(String family, double fitSeconds, double accuracy) {
    }

    /**
     * The Pareto front: the results no other result beats in both accuracy and fit time, fastest first. A result is
     * on it when every faster (or equally fast) result is less accurate.
     */
    public List<Point> front() {
        List<Point> byTime = new ArrayList<>(results);
        byTime.sort(Comparator.comparingDouble(Point::fitSeconds)
                .thenComparing(Comparator.comparingDouble(Point::accuracy).reversed()));
        List<Point> front = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (Point p : byTime) {
            if (p.accuracy() > best) {
                front.add(p);
                best = p.accuracy();
            }
        }
        return front;
    }
}
