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

    /** Ends the task (a terminal bar moves to a new line). */
    @Override
    void close();
}
