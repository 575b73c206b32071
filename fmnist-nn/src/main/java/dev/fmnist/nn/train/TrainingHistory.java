package dev.fmnist.nn.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of a training run, saved as JSON beside the model for plots: per-epoch loss, accuracies and speed, and
 * the test accuracy once the run is complete.
 *
 * @param dataset      the dataset's name
 * @param options      the run's options ({@link TrainOptions#toString()})
 * @param epochs       one entry per finished epoch
 * @param testAccuracy the final test accuracy (fraction 0..1), {@code null} until the run is complete
 */
public record TrainingHistory(String dataset, String options, List<EpochStats> epochs, Double testAccuracy) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    public TrainingHistory {
        epochs = List.copyOf(epochs);
    }

    /** An empty history of a new run. */
    public static TrainingHistory start(String dataset, TrainOptions options) {
        return new TrainingHistory(dataset, options.toString(), List.of(), null);
    }

    /** This history with one more epoch. */
    public TrainingHistory plus(EpochStats epoch) {
        List<EpochStats> all = new ArrayList<>(epochs);
        all.add(epoch);
        return new TrainingHistory(dataset, options, all, testAccuracy);
    }

    /** This history, completed with the test accuracy. */
    public TrainingHistory withTestAccuracy(double accuracy) {
        return new TrainingHistory(dataset, options, epochs, accuracy);
    }

    /** Total seconds of the training steps of all epochs. */
    public double trainingSeconds() {
        return epochs.stream().mapToDouble(EpochStats::seconds).sum();
    }

    public String toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TrainingHistory fromJson(String json) throws IOException {
        return JSON.readValue(json, TrainingHistory.class);
    }
}
