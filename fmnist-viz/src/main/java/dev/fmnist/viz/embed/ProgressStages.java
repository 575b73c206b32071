package dev.fmnist.viz.embed;

import dev.fmnist.data.progress.Progress;

/** Where an embedding reports the progress of each of its stages (neighbours, optimisation...). */
@FunctionalInterface
public interface ProgressStages {
    /** Reports nothing. */
    ProgressStages NONE = (stage, total) -> Progress.NONE;

    /** The progress of a stage of {@code total} units that starts now. */
    Progress start(String stage, long total);
}
