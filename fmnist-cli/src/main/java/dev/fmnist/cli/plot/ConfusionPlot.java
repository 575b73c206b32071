package dev.fmnist.cli.plot;

import dev.fmnist.cli.ExitCode;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.nn.eval.Evaluation;
import dev.fmnist.nn.eval.Evaluator;
import dev.fmnist.nn.model.ModelFile;
import dev.fmnist.nn.model.Network;
import dev.fmnist.viz.chart.Confusion;
import dev.fmnist.viz.chart.ConfusionChart;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code fmnist plot confusion}: the confusion matrix of a benchmark result or of a saved network. */
@Command(name = "confusion", sortOptions = false,
        description = {"Draw a confusion matrix: the shares of each true class's images per predicted class, the "
                + "counts, and each class's accuracy.",
                "From --results DIR: the most accurate result (of --name FAMILY, on --dataset D, with --param "
                        + "K=V), its confusion matrix summed over its repeats. From --model FILE: the network on "
                        + "its dataset's test split."},
        footer = {"", "Examples:", "  fmnist plot confusion --results results --out best.png",
                "  fmnist plot confusion --results results --name SVC --param C=10 --out svc.png",
                "  fmnist plot confusion --model fashion-cnn.model --out cnn.png"})
final class ConfusionPlot extends PlotVerb {
    @Mixin
    private Source source;

    @Override
    public Integer call() throws IOException {
        source.requireOne(this::usageError);
        checkOut();
        Confusion confusion = source.results() != null ? fromResults() : fromModel();
        write("confusion matrix of " + confusion.title(), () -> ConfusionChart.draw(confusion));
        return ExitCode.OK;
    }

    private Confusion fromResults() throws IOException {
        ResultRecord r = source.best(err(), x -> x.confusion() != null, "has no confusion matrix", this::usageError);
        List<String> labels = ResultsChoice.dataset(r).labelNames();
        if (r.confusion().length != labels.size()) {
            throw new IOException("the result of " + r.configuration().key() + " in " + source.results() + " has a "
                    + r.confusion().length + "x" + r.confusion().length + " confusion matrix, but " + r.dataset()
                    + " has " + labels.size() + " classes; is the line damaged?");
        }
        return new Confusion(ResultsChoice.title(r), labels, r.confusion());
    }

    private Confusion fromModel() throws IOException {
        try (Network network = ModelFile.read(source.model())) {
            Evaluation e = Evaluator.evaluate(network, testSplit(network, source.model()));
            return new Confusion(title(network, source.model()), e.labelNames(), e.confusion());
        }
    }
}
