package dev.fmnist.nn.model;

import java.io.IOException;
import java.nio.file.Path;

/** A file that is not a readable fmnist model: corrupt, truncated, foreign, or of a newer format. */
public final class ModelFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String problem;

    public ModelFormatException(Path file, String problem) {
        this(file, problem, null);
    }

    public ModelFormatException(Path file, String problem, Throwable cause) {
        super(file + " is not a usable fmnist model: " + problem, cause);
        this.problem = problem;
    }

    /** What is wrong with the file, without its name: {@code it is not a zip file; save models with fmnist train}. */
    public String problem() {
        return problem;
    }
}
