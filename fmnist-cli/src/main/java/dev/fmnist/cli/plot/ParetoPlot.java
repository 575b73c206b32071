package dev.fmnist.cli.plot;

import dev.fmnist.cli.ExitCode;
import dev.fmnist.classic.grid.PublishedResult;
import dev.fmnist.classic.grid.PublishedResults;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.viz.chart.ParetoChart;
import dev.fmnist.viz.chart.ParetoPanel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fmnist plot pareto}: accuracy against fit time of every result, with the Pareto front. */
@Command(name = "pareto", sortOptions = false,
        description = {"Draw the accuracy of every successful result against its fit time (log scale), one colour "
                + "per family, with the Pareto front (the results nothing beats in both) and the published "
                + "accuracies (diamonds, at our fit time of the same configuration); one panel per dataset."},
        footer = {"", "Example:", "  fmnist plot pareto --results results --out pareto.png"})
final class ParetoPlot extends PlotVerb {
    @Option(names = "--results", paramLabel = "DIR", required = true, description = "A benchmark's results directory.")
    private Path results;

    @Override
    public Integer call() throws IOException {
        checkOut();
        ResultsChoice choice = ResultsChoice.read(results, err());
        PublishedResults published = PublishedResults.builtIn();
        List<ParetoPanel> panels = new ArrayList<>();
        int count = 0;
        for (String d : choice.datasets()) {
            List<ParetoPanel.Point> points = new ArrayList<>();
            List<ParetoPanel.Point> marks = new ArrayList<>();
            Set<PublishedResult> marked = new HashSet<>();
            String title = d;
            for (ResultRecord r : choice.results()) {
                if (!r.dataset().equals(d) || !ResultsChoice.succeeded(r)) {
                    continue;
                }
                title = ResultsChoice.dataset(r).title();
                points.add(new ParetoPanel.Point(r.name(), r.meanFitSeconds(), r.meanAccuracy()));
                Optional<PublishedResult> p = published.find(r.configuration());
                OptionalDouble accuracy = p.map(x -> x.accuracyOn(d)).orElse(OptionalDouble.empty());
                if (accuracy.isPresent() && marked.add(p.get())) {
                    marks.add(new ParetoPanel.Point(r.name(), r.meanFitSeconds(), accuracy.getAsDouble()));
                }
            }
            if (!points.isEmpty()) {
                panels.add(new ParetoPanel(title, points, marks));
                count += points.size();
            }
        }
        if (panels.isEmpty()) {
            throw new IOException("no result in " + results + " succeeded; nothing to draw");
        }
        String heading = "accuracy against fit time: " + count + " results in " + results;
        write(heading, () -> ParetoChart.draw(heading, panels));
        return ExitCode.OK;
    }
}
