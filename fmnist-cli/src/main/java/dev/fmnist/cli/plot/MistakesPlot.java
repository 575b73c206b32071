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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fmnist plot mistakes}: a gallery of misclassified test images. */
@Command(name = "mistakes", sortOptions = false,
        description = {"Draw a gallery of misclassified test images with their true and predicted labels, and the "
                + "most confused pairs of classes.",
                "From --model FILE: the network's mistakes, most confident first, each with its confidence. From "
                        + "--results DIR: the mistakes the benchmark recorded for the most accurate result (of "
                        + "--name FAMILY, on --dataset D, with --param K=V), in test order, without confidence."},
        footer = {"", "Examples:", "  fmnist plot mistakes --model fashion-cnn.model --out mistakes.png",
                "  fmnist plot mistakes --results results --name SVC --n 32 --out svc-mistakes.png"})
final class MistakesPlot extends PlotVerb {
    /** The most images a gallery shows. */
    static final int MAX_IMAGES = 1000;
    /** How many confused pairs the chart under the gallery shows. */
    static final int PAIRS = 10;

    @Option(names = "--model", paramLabel = "FILE", description = "A network saved by fmnist train.")
    private Path model;

    @Option(names = "--results", paramLabel = "DIR", description = "A benchmark's results directory.")
    private Path results;

    @Option(names = "--name", paramLabel = "FAMILY", description = "Results: the family (default: any).")
    private String family;

    @Option(names = "--dataset", paramLabel = "D", description = "Results: the dataset (default: the first).")
    private String dataset;

    @Option(names = "--param", paramLabel = "K=V",
            description = "Results: only configurations with this parameter value (repeatable).")
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--n", paramLabel = "N", defaultValue = "64",
            description = "Images in the gallery, 1 to " + MAX_IMAGES + " (default: ${DEFAULT-VALUE}).")
    private int n;

    @Override
    public Integer call() throws IOException {
        requireOneSource(results, model);
        requireRange("--n", n, 1, MAX_IMAGES);
        checkOut();
        Mistakes mistakes = results != null ? fromResults() : fromModel();
        write(mistakes.total() + " mistakes of " + mistakes.title(), () -> MistakeGallery.draw(mistakes));
        return ExitCode.OK;
    }

    private Mistakes fromModel() throws IOException {
        try (Network network = ModelFile.read(model)) {
            Split test = testSplit(network, model);
            Predictions p = Evaluator.predictions(network, test);
            List<Integer> wrong = new ArrayList<>();
            int[] truth = new int[test.count()];
            for (int i = 0; i < truth.length; i++) {
                truth[i] = test.label(i);
                if (p.labels()[i] != truth[i]) {
                    wrong.add(i);
                }
            }
            wrong.sort(Comparator.comparingDouble((Integer i) -> -p.confidences()[i]).thenComparingInt(i -> i));
            List<String> names = network.manifest().labelNames();
            List<Mistakes.Item> items = new ArrayList<>();
            for (int i : wrong.subList(0, Math.min(n, wrong.size()))) {
                items.add(new Mistakes.Item(test.image(i), i, names.get(truth[i]), names.get(p.labels()[i]),
                        p.confidences()[i]));
            }
            String title = title(network, model);
            return new Mistakes(title, wrong.size(), items,
                    Confusion.of(title, names, truth, p.labels()).mostConfused(PAIRS));
        }
    }

    private Mistakes fromResults() throws IOException {
        ResultRecord r = ResultsChoice.read(results, err()).best(family, dataset, params, x -> x.mistakes() != null,
                "was recorded before the benchmark kept mistakes; run it again to record them", this::usageError);
        Split test = load(ResultsChoice.dataset(r)).test();
        List<String> names = test.labelNames();
        int[][] counts = new int[names.size()][names.size()];
        List<Mistakes.Item> items = new ArrayList<>();
        for (int[] m : r.mistakes()) {
            if (m == null || m.length != 2 || m[0] < 0 || m[0] >= test.count() || m[1] < 0 || m[1] >= names.size()
                    || m[1] == test.label(m[0])) {
                throw new IOException("the result of " + r.configuration().key() + " in " + results + " records a "
                        + "mistake that is not one on " + r.dataset() + " test: " + java.util.Arrays.toString(m));
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
