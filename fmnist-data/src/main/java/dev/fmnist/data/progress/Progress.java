package dev.fmnist.data.progress;

/**
 * Receives progress of one long task (a download, a benchmark, an epoch). Implementations decide how to show it:
 * {@link ConsoleProgress} draws a bar on a terminal and prints plain lines otherwise; {@link #NONE} ignores it.
 */
public interface Progress extends AutoCloseable {
    /** Ignores everything. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, String detail) {
        }

        @Override
        public void close() {
        }
    };

    /** Reports that {@code done} units of the task's total are finished, with a short detail (may be empty). */
    void update(long done, String detail);

    /**
     * Reports that {@code done} of {@code total} steps are finished, for a task whose size only the reporter knows (a
     * trainer's trees, classes or rounds). By default the same as {@link #update(long, String)}.
     */
    default void step(long done, long total, String detail) {
        update(done, detail);
    }

    /**
     * Tells the seconds the task has left by the reporter's own estimate, shown from the next update on instead of
     * one extrapolated from the share done (negative: none). Ignored by default.
     */
    default void secondsLeft(double seconds) {
    }

    /** Ends the task (a terminal bar moves to a new line). */
    @Override
    void close();
}
