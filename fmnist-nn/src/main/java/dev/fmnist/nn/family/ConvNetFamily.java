package dev.fmnist.nn.family;

import dev.fmnist.classic.family.Family;
import dev.fmnist.classic.family.ParameterSpec;
import dev.fmnist.classic.family.Trainer;
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
        ModelSpec spec = ModelSpec.parse(String.valueOf(params.getOrDefault("model", "cnn")));
        TrainOptions options = TrainOptions.defaults(spec);
        if (params.containsKey("epochs")) {
            options = options.withEpochs(((Number) params.get("epochs")).intValue());
        }
        return new NetworkTrainer(options);
    }

    @Override
    public String library() {
        return NetworkFamilies.LIBRARY;
    }
}
