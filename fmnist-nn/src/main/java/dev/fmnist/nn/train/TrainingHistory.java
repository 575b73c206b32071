package dev.fmnist.nn.train;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.fmnist.nn.eval.Evaluation;
import dev.fmnist.nn.eval.Predictions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The record of a training run, saved as JSON beside the model for plots and the dashboard: per-epoch loss,
 * accuracies and speed, and once the run is complete its test accuracy, per-class accuracy, confusion matrix and
 * mistakes. The last three are absent in histories written before fmnist recorded them (and until the run is
 * complete).
 *
 * @param dataset          the dataset's name
 * @param options          the run's options ({@link TrainOptions#toString()})
 * @param epochs           one entry per finished epoch
 * @param testAccuracy     the final test accuracy (fraction 0..1), {@code null} until the run is complete
 * @param perClassAccuracy the share of each class's test images classified right, in label order, or {@code null}
 * @param confusion        {@code confusion[truth][predicted]} counts of the test images, or {@code null}
 * @param mistakes         every test image classified wrong, in index order, or {@code null}
 */
public record TrainingHistory(String dataset, String options, List<EpochStats> epochs, Double testAccuracy,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<Double> perClassAccuracy,
                              @JsonInclude(JsonInclude.Include.NON_NULL) int[][] confusion,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<Mistake> mistakes) {
    /** Decimals kept of a mistake's confidence: finer than the 0.1% a picture or the dashboard shows. */
    static final int CONFIDENCE_DECIMALS = 4;
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    /** One field a line, arrays without spaces: a mistake is {@code [1234,6,0.9876]}, a fifth of the file less. */
    private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter()
            .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);

    public TrainingHistory {
        epochs = List.copyOf(epochs);
    }

    /** A history without the test set's details (an unfinished run, or one recorded before fmnist kept them). */
    public TrainingHistory(String dataset, String options, List<EpochStats> epochs, Double testAccuracy) {
        this(dataset, options, epochs, testAccuracy, null, null, null);
    }

    /**
     * A test image the network classified wrong, written as {@code [index, predicted, confidence]} like the
     * benchmark's {@code [index, predicted]} pairs.
     *
     * @param index      the image's index in the test split
     * @param predicted  the label the network gave it
     * @param confidence the probability it gave that label, rounded to {@value #CONFIDENCE_DECIMALS} decimals
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"index", "predicted", "confidence"})
    public record Mistake(int index, int predicted, double confidence) {
        static Mistake of(Predictions.Mistake m) {
            double scale = Math.pow(10, CONFIDENCE_DECIMALS);
            return new Mistake(m.index(), m.predicted(), Math.round(m.confidence() * scale) / scale);
        }
    }

    /** An empty history of a new run. */
    public static TrainingHistory start(String dataset, TrainOptions options) {
        return new TrainingHistory(dataset, options.toString(), List.of(), null);
    }

    /** This history with one more epoch. */
    public TrainingHistory plus(EpochStats epoch) {
        List<EpochStats> all = new ArrayList<>(epochs);
        all.add(epoch);
        return new TrainingHistory(dataset, options, all, testAccuracy, perClassAccuracy, confusion, mistakes);
    }

    /** This history, completed with how the network did on the test split and the images it got wrong there. */
    public TrainingHistory withTest(Evaluation test, List<Predictions.Mistake> wrong) {
        return new TrainingHistory(dataset, options, epochs, test.accuracy(),
                Arrays.stream(test.perClassAccuracy()).boxed().toList(), test.confusion(),
                wrong.stream().map(Mistake::of).toList());
    }

    /** Total seconds of the training steps of all epochs. */
    public double trainingSeconds() {
        return epochs.stream().mapToDouble(EpochStats::seconds).sum();
    }

    public String toJson() {
        try {
            return JSON.writer(LAYOUT).writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a history written by {@link #toJson()}.
     *
     * @throws IOException when the JSON is not a history: not an object, or without a list of epoch objects
     */
    public static TrainingHistory fromJson(String json) throws IOException {
        JsonNode root = JSON.readTree(json);
        if (root == null || !root.isObject() || !root.path("epochs").isArray()) {
            throw new IOException("it has no epochs");
        }
        for (JsonNode epoch : root.path("epochs")) {
            if (!epoch.isObject()) {
                throw new IOException("an epoch is not an object");
            }
        }
        return JSON.treeToValue(root, TrainingHistory.class);
    }
}
