package dev.fmnist.spark;

/** Spark's failures as one line for the user, without stack traces. */
final class SparkFailures {
    /** The most characters of a message kept. */
    private static final int MAX = 500;

    private SparkFailures() {
    }

    /**
     * The first line of the outermost message (Spark's names the task, the executor and the task's own failure),
     * or, when a cause is an engine failure of {@link RunJob}, that cause's.
     */
    static String oneLine(Throwable e) {
        String message = null;
        Throwable t = e;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank()) {
                if (message == null) {
                    message = m;
                }
                if (m.startsWith(RunJob.ENGINE_FAILURE)) {
                    message = m;
                    break;
                }
            }
        }
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > MAX ? line.substring(0, MAX - 3) + "..." : line;
    }
}
