package dev.fmnist.cli.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fmnist.cli.ExitCode;
import dev.fmnist.cli.Verb;
import dev.fmnist.data.registry.Datasets;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fmnist.nn.eval.Evaluation;
import dev.fmnist.nn.eval.Evaluator;
import dev.fmnist.nn.model.ModelFile;
import dev.fmnist.nn.model.Network;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fmnist evaluate --model FILE [--json]}: test accuracy, per-class accuracy and confusion matrix. */
@Command(name = "evaluate", sortOptions = false,
        description = "Evaluate a saved model on the test split of the dataset it was trained on: accuracy, "
                + "per-class accuracy and the confusion matrix.",
        footer = {"", "Examples:", "  fmnist evaluate --model fashion-cnn.model",
                "  fmnist evaluate --model fashion-cnn.model --json"})
public final class EvaluateCommand extends Verb {
    @Option(names = "--model", paramLabel = "FILE", required = true, description = "A model saved by fmnist train.")
    private Path model;

    @Option(names = "--json",
            description = "Print JSON: accuracy (0..1), labels, per_class, confusion[truth][predicted].")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        try (Network network = ModelFile.read(model)) {
            Evaluation e = Evaluator.evaluate(network, load(Datasets.get(network.manifest().dataset())).test());
            if (json) {
                out().println(toJson(network, e));
            } else {
                print(out(), network, e);
            }
        }
        return ExitCode.OK;
    }

    private static String toJson(Network network, Evaluation e) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("model", network.manifest().spec().toString()).put("dataset", network.manifest().dataset())
                .put("count", e.count()).put("accuracy", e.accuracy());
        ArrayNode labels = root.putArray("labels");
        e.labelNames().forEach(labels::add);
        ArrayNode perClass = root.putArray("per_class");
        for (double a : e.perClassAccuracy()) {
            perClass.add(a);
        }
        ArrayNode confusion = root.putArray("confusion");
        for (int[] row : e.confusion()) {
            ArrayNode r = confusion.addArray();
            for (int c : row) {
                r.add(c);
            }
        }
        return mapper.writeValueAsString(root);
    }

    private static void print(PrintStream out, Network network, Evaluation e) {
        List<String> names = e.labelNames();
        out.printf(Locale.ROOT, "%s on %s test (%,d images): accuracy %.2f%%%n", network.manifest().spec(),
                network.manifest().dataset(), e.count(), 100 * e.accuracy());
        out.println();
        int width = names.stream().mapToInt(String::length).max().orElse(5);
        double[] perClass = e.perClassAccuracy();
        out.printf(Locale.ROOT, "%-" + width + "s  accuracy  predicted as (columns in label order)%n", "class");
        for (int i = 0; i < names.size(); i++) {
            StringBuilder row = new StringBuilder();
            for (int c : e.confusion()[i]) {
                row.append(String.format(Locale.ROOT, "%6d", c));
            }
            out.printf(Locale.ROOT, "%-" + width + "s  %7.2f%%%s%n", names.get(i), 100 * perClass[i], row);
        }
    }
}
