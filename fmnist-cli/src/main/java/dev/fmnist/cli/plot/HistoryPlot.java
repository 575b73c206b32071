package dev.fmnist.cli.plot;

import dev.fmnist.cli.ExitCode;
import dev.fmnist.nn.train.EpochStats;
import dev.fmnist.nn.train.ModelTraining;
import dev.fmnist.nn.train.TrainingHistory;
import dev.fmnist.viz.chart.HistoryChart;
import dev.fmnist.viz.chart.TrainingCurves;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fmnist plot history}: the learning curves of a training run. */
@Command(name = "history", sortOptions = false,
        description = {"Draw the learning curves of a training run from the history fmnist train writes beside the "
                + "model (FILE.history.json): training and validation loss and accuracy per epoch."},
        footer = {"", "Examples:", "  fmnist plot history --model fashion-cnn.model --out curves.png",
                "  fmnist plot history --model fashion-cnn.model.history.json --x seconds --out time.png"})
final class HistoryPlot extends PlotVerb {
    /** The largest history read: a thousand epochs take about 300 KB. */
    static final long MAX_BYTES = 16L << 20;
    private static final String SUFFIX = ".history.json";

    @Option(names = "--model", paramLabel = "FILE", required = true,
            description = "A model saved by fmnist train (its FILE.history.json is read), or the history itself.")
    private Path model;

    @Option(names = "--x", paramLabel = "AXIS", defaultValue = "epochs",
            description = "epochs or seconds (training wall time) (default: ${DEFAULT-VALUE}).")
    private TrainingCurves.XAxis x;

    @Override
    public Integer call() throws IOException {
        checkOut();
        if (Files.isDirectory(model)) {
            throw new IOException(model + " is a directory; give a model file saved by fmnist train, or its "
                    + "MODEL.history.json");
        }
        Path file = model.getFileName().toString().endsWith(SUFFIX) ? model : ModelTraining.historyOf(model);
        TrainingHistory history = read(file);
        List<TrainingCurves.Epoch> epochs = new ArrayList<>();
        double elapsed = 0;
        for (EpochStats e : history.epochs()) {
            elapsed += e.seconds();
            double validationLoss = e.validationLoss() == null ? Double.NaN : e.validationLoss();
            epochs.add(new TrainingCurves.Epoch(e.epoch(), elapsed, e.loss(), validationLoss, e.trainAccuracy(),
                    e.validationAccuracy()));
        }
        String title = history.options() + " on " + history.dataset() + (history.testAccuracy() == null ? ""
                : String.format(Locale.ROOT, ", test accuracy %.2f%%", 100 * history.testAccuracy()));
        TrainingCurves curves = new TrainingCurves(title, epochs);
        write("learning curves of " + file.getFileName(), () -> HistoryChart.draw(curves, x));
        return ExitCode.OK;
    }

    private static TrainingHistory read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    "no training history here (fmnist train writes MODEL.history.json beside the model)");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + " is " + (Files.size(file) >> 20) + " MiB, more than a training history "
                    + "can be; is it one?");
        }
        TrainingHistory history;
        try {
            history = TrainingHistory.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + " is not a training history written by fmnist train ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (history.epochs() == null || history.epochs().isEmpty()) {
            throw new IOException(file + " holds no finished epoch yet; nothing to draw");
        }
        return history;
    }
}
