package dev.fmnist.nn.model;

import java.io.IOException;
import java.nio.file.Path;

/** A file that is not a readable fmnist model: corrupt, truncated, foreign, or of a newer format. */
public final class ModelFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public ModelFormatException(Path file, String problem) {
        super(file + " is not a usable fmnist model: " + problem);
    }

    public ModelFormatException(Path file, String problem, Throwable cause) {
        super(file + " is not a usable fmnist model: " + problem, cause);
    }
}
