package dev.fmnist.nn.eval;

import dev.fmnist.data.Split;
import dev.fmnist.nn.data.Augmentation;
import dev.fmnist.nn.data.SplitSource;
import dev.fmnist.nn.model.Network;

/** Evaluates a network on a labelled split. */
public final class Evaluator {
    private Evaluator() {
    }

    /** The most probable class of every image of {@code split}, and its probability. */
    public static Predictions predictions(Network network, Split split) {
        SplitSource source = new SplitSource(split, network.manifest().normalization(), Augmentation.NONE);
        float[] confidences = new float[split.count()];
        int[] labels = network.predict(source, confidences);
        return new Predictions(labels, confidences);
    }

    /** Classifies every image of {@code split} with the network's own normalization and tallies the results. */
    public static Evaluation evaluate(Network network, Split split) {
        return predictions(network, split).evaluation(network.manifest().labelNames(), truth(split));
    }

    /** The true label of every image of {@code split}, in split order. */
    public static int[] truth(Split split) {
        int[] truth = new int[split.count()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = split.label(i);
        }
        return truth;
    }
}
