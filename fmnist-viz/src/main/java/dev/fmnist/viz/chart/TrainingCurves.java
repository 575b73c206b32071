package dev.fmnist.viz.chart;

import java.util.List;

/**
 * The learning curves of a training run for {@link HistoryChart}.
 *
 * @param title  what was trained, for example {@code cnn on fashion}
 * @param epochs one entry per finished epoch, in order
 */
public record TrainingCurves(String title, List<Epoch> epochs) {
    public TrainingCurves {
        epochs = List.copyOf(epochs);
    }

    /**
     * One epoch; a figure the run did not measure is NaN and left out of the chart.
     *
     * @param epoch              the epoch, from 1
     * @param elapsedSeconds     training seconds from the start of the run to the end of this epoch
     * @param trainLoss          mean training loss
     * @param validationLoss     loss on the validation images after the epoch
     * @param trainAccuracy      accuracy on the training batches, 0..1
     * @param validationAccuracy accuracy on the validation images after the epoch, 0..1
     */
    public record Epoch(int epoch, double elapsedSeconds, double trainLoss, double validationLoss,
                        double trainAccuracy, double validationAccuracy) {
    }

    /** What the horizontal axis counts. */
    public enum XAxis {
        /** Epochs, from 1. */
        EPOCHS,
        /** Training seconds since the start of the run. */
        SECONDS
    }
}
