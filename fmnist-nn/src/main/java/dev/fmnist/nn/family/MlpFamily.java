package dev.fmnist.nn.family;

import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Params;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.nn.arch.Activation;
import dev.fmnist.nn.arch.ModelSpec;
import dev.fmnist.nn.train.TrainOptions;
import java.util.Arrays;
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
        Params p = new Params(this, params);
        Activation activation = Activation.of(p.choice("activation", "relu"));
        List<Integer> hidden = Arrays.stream(p.counts("hidden_layer_sizes", 100)).boxed().toList();
        TrainOptions options = TrainOptions.defaults(ModelSpec.mlp(hidden, activation));
        return new NetworkTrainer(options.withEpochs(p.count("max_iter", options.epochs())));
    }

    @Override
    public String library() {
        return NetworkFamilies.LIBRARY;
    }
}
