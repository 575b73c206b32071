package dev.fmnist.cli.plot;

import dev.fmnist.cli.ExitCode;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.data.Split;
import dev.fmnist.nn.eval.Evaluator;
import dev.fmnist.nn.eval.Predictions;
import dev.fmnist.nn.model.ModelFile;
import dev.fmnist.nn.model.Network;
import dev.fmnist.viz.chart.Confusion;
import dev.fmnist.viz.chart.MistakeGallery;
import dev.fmnist.viz.chart.Mistakes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fmnist plot mistakes}: a gallery of misclassified test images. */
@Command(name = "mistakes", sortOptions = false,
        description = {"Draw a gallery of misclassified test images with their true and predicted labels, and the "
                + "most confused pairs of classes.",
                "From --model FILE: the network's mistakes, most confident first, each with its confidence. From "
                        + "--results DIR: the mistakes the benchmark recorded for the most accurate result (of "
                        + "--name FAMILY, on --dataset D, with --param K=V), in test order, without confidence."},
        footer = {"", "Examples:", "  fmnist plot mistakes --model fashion-cnn.model --out mistakes.png",
                "  fmnist plot mistakes --results results --name SVC --n 32 --out svc.png"})
final class MistakesPlot extends PlotVerb {
    /** The most images a gallery shows. */
    static final int MAX_IMAGES = 1000;
    /** How many confused pairs the chart under the gallery shows. */
    static final int PAIRS = 10;

    @Mixin
    private Source source;

    @Option(names = "--n", paramLabel = "N", defaultValue = "64",
            description = "Images in the gallery, 1 to " + MAX_IMAGES + " (default: ${DEFAULT-VALUE}).")
    private int n;

    @Override
    public Integer call() throws IOException {
        source.requireOne(this::usageError);
        requireRange("--n", n, 1, MAX_IMAGES);
        checkOut();
        Mistakes mistakes = source.results() != null ? fromResults() : fromModel();
        write(mistakes.total() + " mistakes of " + mistakes.title(), () -> MistakeGallery.draw(mistakes));
        return ExitCode.OK;
    }

    private Mistakes fromModel() throws IOException {
        try (Network network = ModelFile.read(source.model())) {
            Split test = testSplit(network, source.model());
            Predictions p = Evaluator.predictions(network, test);
            int[] truth = Evaluator.truth(test);
            List<Predictions.Mistake> wrong = new ArrayList<>(p.mistakes(truth));
            wrong.sort(Comparator.comparingDouble((Predictions.Mistake m) -> -m.confidence())
                    .thenComparingInt(Predictions.Mistake::index));
            List<String> names = network.manifest().labelNames();
            List<Mistakes.Item> items = new ArrayList<>();
            for (Predictions.Mistake m : wrong.subList(0, Math.min(n, wrong.size()))) {
                items.add(new Mistakes.Item(test.image(m.index()), m.index(), names.get(m.truth()),
                        names.get(m.predicted()), m.confidence()));
            }
            String title = title(network, source.model());
            return new Mistakes(title, wrong.size(), items,
                    Confusion.of(title, names, truth, p.labels()).mostConfused(PAIRS));
        }
    }

    private Mistakes fromResults() throws IOException {
        ResultRecord r = source.best(err(), x -> x.mistakes() != null,
                "was recorded before the benchmark kept mistakes; run it again to record them", this::usageError);
        Split test = load(ResultsChoice.dataset(r)).test();
        List<String> names = test.labelNames();
        int[][] counts = new int[names.size()][names.size()];
        List<Mistakes.Item> items = new ArrayList<>();
        for (int[] m : r.mistakes()) {
            if (m == null || m.length != 2 || m[0] < 0 || m[0] >= test.count() || m[1] < 0 || m[1] >= names.size()
                    || m[1] == test.label(m[0])) {
                throw new IOException("the result of " + r.configuration().key() + " in " + source.results()
                        + " records a mistake that is not one on " + r.dataset() + " test: " + Arrays.toString(m));
            }
            counts[test.label(m[0])][m[1]]++;
            if (items.size() < n) {
                items.add(new Mistakes.Item(test.image(m[0]), m[0], names.get(test.label(m[0])), names.get(m[1]),
                        Double.NaN));
            }
        }
        String title = ResultsChoice.title(r).replaceFirst(", \\d+ repeats$", "") + ", first repeat";
        return new Mistakes(title, r.mistakes().length, items, new Confusion(title, names, counts).mostConfused(PAIRS));
    }
}
