package dev.fmnist.nn.family;

import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Params;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.nn.arch.ModelSpec;
import dev.fmnist.nn.train.TrainOptions;
import java.util.List;
import java.util.Map;

/**
 * The convolutional networks of fmnist as a benchmark family: {@code model} is {@code cnn} (default), {@code tf-cnn}
 * or {@code resnet}, trained with that model's defaults ({@code epochs} overrides the count).
 */
public final class ConvNetFamily implements Family {
    @Override
    public String name() {
        return "ConvNet";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("model", List.of("cnn", "tf-cnn", "resnet"),
                        "the architecture (fmnist train --model)"),
                new ParameterSpec("epochs", List.of(), "epochs (default: the model's)"));
    }

    @Override
    public Trainer trainer(Map<String, Object> params) {
        Params p = new Params(this, params);
        TrainOptions options = TrainOptions.defaults(ModelSpec.parse(p.choice("model", "cnn")));
        return new NetworkTrainer(options.withEpochs(p.count("epochs", options.epochs())));
    }

    @Override
    public String library() {
        return NetworkFamilies.LIBRARY;
    }
}
