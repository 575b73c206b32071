package dev.fmnist.cli.commands;

import dev.fmnist.cli.ExitCode;
import dev.fmnist.cli.Verb;
import dev.fmnist.data.Split;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.nn.model.ModelFile;
import dev.fmnist.nn.model.Network;
import dev.fmnist.nn.predict.DatasetImageConverter;
import dev.fmnist.nn.predict.Prediction;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fmnist predict --model FILE (--index N | --image FILE.png)}: the most probable classes of one image. */
@Command(name = "predict", sortOptions = false,
        description = {"Classify one image with a saved model: a test image by index, or a picture of any size "
                + "(converted to 28x28 grayscale as the dataset was made: fitted, centred, inverted if the "
                + "background is light)."},
        footer = {"", "Examples:", "  fmnist predict --model fashion-cnn.model --index 0",
                "  fmnist predict --model fashion-cnn.model --image my-shoe.png"})
public final class PredictCommand extends Verb {
    @Option(names = "--model", paramLabel = "FILE", required = true, description = "A model saved by fmnist train.")
    private Path model;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Input input;

    @Option(names = "--top", paramLabel = "K", defaultValue = "3", description = "Classes to show (default: 3).")
    private int top;

    static final class Input {
        @Option(names = "--index", paramLabel = "N", description = "An image of the test split, from 0.")
        Integer index;

        @Option(names = "--image", paramLabel = "FILE", description = "A PNG (or JPEG, GIF, BMP) picture.")
        Path image;
    }

    @Override
    public Integer call() throws IOException {
        requireAtLeast("--top", top, 1);
        PrintStream out = out();
        try (Network network = ModelFile.read(model)) {
            String dataset = network.manifest().dataset();
            byte[] pixels;
            if (input.index != null) {
                Split test = load(Datasets.get(dataset)).test();
                if (input.index < 0 || input.index >= test.count()) {
                    throw usageError("--index " + input.index + " is outside the test split (0.."
                            + (test.count() - 1) + ")");
                }
                int ppi = test.pixelsPerImage();
                pixels = Arrays.copyOfRange(test.images(), input.index * ppi, (input.index + 1) * ppi);
                out.println("test image " + input.index + " of " + dataset + ", labelled "
                        + test.labelName(input.index));
            } else {
                pixels = DatasetImageConverter.read(input.image, !"fashion".equals(dataset));
                out.println(input.image + " as a 28x28 " + dataset + " image");
            }
            for (Prediction.ClassProbability p : Prediction.top(network, pixels, top)) {
                out.printf(Locale.ROOT, "%6.2f%%  %d %s%n", 100 * p.probability(), p.label(), p.name());
            }
        }
        return ExitCode.OK;
    }
}
