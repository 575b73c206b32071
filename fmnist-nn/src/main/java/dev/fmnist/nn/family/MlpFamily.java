package dev.fmnist.nn.family;

import dev.fmnist.classic.family.Family;
import dev.fmnist.classic.family.ParameterSpec;
import dev.fmnist.classic.family.Trainer;
import dev.fmnist.nn.arch.Activation;
import dev.fmnist.nn.arch.ModelSpec;
import dev.fmnist.nn.train.TrainOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * scikit-learn's {@code MLPClassifier} of the original benchmark grid ({@code activation} relu or tanh,
 * {@code hidden_layer_sizes}), trained like scikit-learn's default: Adam, learning rate 0.001, batches of 200, here
 * for a fixed number of epochs ({@code max_iter}, default 20) with a cosine schedule.
 */
public final class MlpFamily implements Family {
    @Override
    public String name() {
        return "MLPClassifier";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("activation", List.of("relu", "tanh"), "hidden-layer activation"),
                new ParameterSpec("hidden_layer_sizes", List.of(),
                        "hidden layer sizes: a number or a list, e.g. [100] or [100, 10]"),
                new ParameterSpec("max_iter", List.of(), "epochs (default 20)"));
    }

    @Override
    public Trainer trainer(Map<String, Object> params) {
        Activation activation = Activation.of(String.valueOf(params.getOrDefault("activation", "relu")));
        List<Integer> hidden = sizes(params.getOrDefault("hidden_layer_sizes", List.of(100)));
        TrainOptions options = TrainOptions.defaults(ModelSpec.mlp(hidden, activation));
        if (params.containsKey("max_iter")) {
            options = options.withEpochs(((Number) params.get("max_iter")).intValue());
        }
        return new NetworkTrainer(options);
    }

    private static List<Integer> sizes(Object value) {
        List<Integer> sizes = new ArrayList<>();
        if (value instanceof Number n) {
            sizes.add(n.intValue());
        } else if (value instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Number n)) {
                    throw new IllegalArgumentException("hidden_layer_sizes must hold numbers, not " + o);
                }
                sizes.add(n.intValue());
            }
        } else {
            throw new IllegalArgumentException("hidden_layer_sizes must be a number or a list, not " + value);
        }
        return sizes;
    }

    @Override
    public String library() {
        return NetworkFamilies.LIBRARY;
    }
}
