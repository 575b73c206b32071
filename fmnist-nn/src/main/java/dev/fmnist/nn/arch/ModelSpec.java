package dev.fmnist.nn.arch;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * A network architecture and its options, written as a model name: {@code cnn} (the default, a small fast CNN with
 * batch normalization), {@code tf-cnn} (the TensorFlow-tutorial CNN), {@code resnet} (a residual network for the best
 * accuracy) or {@code mlp-H1-H2...[-relu|-tanh]} (a multilayer perceptron with hidden layers H1, H2, ...; relu unless
 * named, e.g. {@code mlp-256-128-100} or {@code mlp-100-10-tanh}).
 *
 * @param architecture {@code cnn}, {@code tf-cnn}, {@code resnet} or {@code mlp}
 * @param hidden       the hidden layer sizes (MLP only, else empty)
 * @param activation   the hidden activation (MLP only, else {@code null})
 */
public record ModelSpec(String architecture, List<Integer> hidden, Activation activation) {
    /** The default model of {@code fmnist train}. */
    public static final ModelSpec DEFAULT = new ModelSpec("cnn", List.of(), null);
    /** The names accepted by {@link #parse(String)}, for help texts. */
    public static final String NAMES = "cnn (default), tf-cnn, resnet, mlp-H1[-H2...][-relu|-tanh]";
    /** The most hidden layers of an MLP. */
    public static final int MAX_HIDDEN_LAYERS = 16;
    /** The most units of a hidden layer. */
    public static final int MAX_UNITS = 10_000;
    /** The most weights between hidden layers together (200 MB of floats). */
    public static final long MAX_HIDDEN_WEIGHTS = 50_000_000;

    public ModelSpec {
        hidden = List.copyOf(hidden);
        boolean mlp = "mlp".equals(architecture);
        if (!mlp && !List.of("cnn", "tf-cnn", "resnet").contains(architecture)) {
            throw new IllegalArgumentException("unknown model '" + architecture + "'; use " + NAMES);
        }
        if (mlp && (hidden.isEmpty() || activation == null)) {
            throw new IllegalArgumentException("an MLP needs hidden layer sizes and an activation");
        }
        if (!mlp && (!hidden.isEmpty() || activation != null)) {
            throw new IllegalArgumentException(architecture + " takes no hidden sizes or activation");
        }
        if (hidden.size() > MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("an MLP has at most " + MAX_HIDDEN_LAYERS + " hidden layers, not "
                    + hidden.size());
        }
        long weights = 0;
        for (int i = 0; i < hidden.size(); i++) {
            int h = hidden.get(i);
            if (h <= 0 || h > MAX_UNITS) {
                throw new IllegalArgumentException("hidden layer sizes must be 1 to " + MAX_UNITS + ", not " + h);
            }
            weights += i == 0 ? 0 : (long) hidden.get(i - 1) * h;
        }
        if (weights > MAX_HIDDEN_WEIGHTS) {
            throw new IllegalArgumentException("the hidden layers of " + hidden + " hold " + weights
                    + " weights; at most " + MAX_HIDDEN_WEIGHTS + " fit");
        }
    }

    /** An MLP with the given hidden layers. */
    public static ModelSpec mlp(List<Integer> hidden, Activation activation) {
        return new ModelSpec("mlp", hidden, activation);
    }

    /** Parses a model name (see the class description). */
    public static ModelSpec parse(String name) {
        if (!name.startsWith("mlp")) {
            return new ModelSpec(name, List.of(), null);
        }
        String[] parts = name.split("-");
        Activation activation = Activation.RELU;
        int end = parts.length;
        if (end > 1 && !parts[end - 1].chars().allMatch(Character::isDigit)) {
            activation = Activation.of(parts[--end]);
        }
        List<Integer> hidden = new ArrayList<>();
        for (int i = 1; i < end; i++) {
            try {
                hidden.add(Integer.parseInt(parts[i]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad MLP name '" + name + "': '" + parts[i]
                        + "' is not a layer size; use e.g. mlp-256-128-100 or mlp-100-tanh");
            }
        }
        if (!"mlp".equals(parts[0]) || hidden.isEmpty()) {
            throw new IllegalArgumentException("bad model name '" + name + "'; use " + NAMES);
        }
        return mlp(hidden, activation);
    }

    /** Whether the network takes images ({@code N x 1 x rows x cols}) rather than flat pixel vectors. */
    public boolean convolutional() {
        return !"mlp".equals(architecture);
    }

    /** The input shape of a batch of {@code n} images of {@code rows x cols}. */
    public Shape inputShape(long n, int rows, int cols) {
        return convolutional() ? new Shape(n, 1, rows, cols) : new Shape(n, (long) rows * cols);
    }

    /** A new, uninitialized network for {@code classes} classes. */
    public Block build(int classes) {
        switch (architecture) {
            case "cnn":
                return Networks.fastCnn(classes);
            case "tf-cnn":
                return Networks.tutorialCnn(classes);
            case "resnet":
                return Networks.resNet(classes);
            default:
                return Networks.mlp(hidden, activation, classes);
        }
    }

    /** The model name, parseable by {@link #parse(String)}. */
    @Override
    public String toString() {
        if (!"mlp".equals(architecture)) {
            return architecture;
        }
        StringBuilder sb = new StringBuilder("mlp");
        hidden.forEach(h -> sb.append('-').append(h));
        return sb.append('-').append(activation.id()).toString();
    }
}
