package dev.fmnist.cli.plot;

import dev.fmnist.cli.Verb;
import picocli.CommandLine.Command;

/** {@code fmnist plot}: the charts, one subcommand each. */
@Command(name = "plot", sortOptions = false,
        description = {"Draw a chart of benchmark results or of a saved network as a PNG file.",
                "confusion: a confusion matrix (shares, counts, per-class accuracy); pareto: accuracy against fit "
                        + "time with the Pareto front; history: learning curves; mistakes: a gallery of "
                        + "misclassified test images."},
        subcommands = {ConfusionPlot.class, ParetoPlot.class, HistoryPlot.class, MistakesPlot.class},
        footer = {"", "Examples:", "  fmnist plot confusion --results results --name SVC --out svc.png",
                "  fmnist plot pareto --results results --out pareto.png",
                "  fmnist plot history --model fashion-cnn.model --out curves.png",
                "  fmnist plot mistakes --model fashion-cnn.model --n 32 --out mistakes.png"})
public final class PlotCommand extends Verb {
    @Override
    public Integer call() {
        throw usageError("say which chart: confusion, pareto, history or mistakes");
    }
}
