package dev.fmnist.cli;

/** The exit codes of every fmnist command. */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** A data or I/O failure: a missing or corrupt file, a dataset no source could supply. */
    public static final int FAILURE = 1;
    /** A usage error: an unknown option or dataset, a missing or invalid argument. */
    public static final int USAGE = 2;
    /**
     * Standard output was a pipe whose reader stopped reading ({@code fmnist show fashion | head}): the status a
     * shell gives a Unix tool ended by SIGPIPE, with no message.
     */
    public static final int BROKEN_PIPE = 141;

    private ExitCode() {
    }
}
