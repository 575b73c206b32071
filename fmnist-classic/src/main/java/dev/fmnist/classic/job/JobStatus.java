package dev.fmnist.classic.job;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a job, or a configuration's repeats, ended. Written in results files in lower case. */
public enum JobStatus {
    /** Trained and scored. */
    OK,
    /** Ran past the time limit; abandoned. */
    TIMED_OUT,
    /** The trainer threw (including running out of memory); the error says what happened. */
    FAILED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
