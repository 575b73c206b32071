package dev.fmnist.nn.train;

import dev.fmnist.data.progress.ConsoleProgress;
import dev.fmnist.data.progress.Progress;
import java.util.Locale;

/** Makes the progress of each epoch. */
@FunctionalInterface
public interface EpochProgress {
    /** Shows nothing. */
    EpochProgress NONE = (epoch, epochs, images) -> Progress.NONE;

    /** A progress bar on standard error per epoch ({@code epoch 3/10 [=====>   ] ... loss acc img/s ETA}). */
    EpochProgress CONSOLE = (epoch, epochs, images) -> ConsoleProgress.onStderr(
            String.format(Locale.ROOT, "epoch %d/%d", epoch, epochs), images, ConsoleProgress.Units.COUNT);

    /** The progress of epoch {@code epoch} (from 1) of {@code epochs}, over {@code images} training images. */
    Progress start(int epoch, int epochs, long images);
}
