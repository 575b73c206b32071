package dev.fmnist.data.progress;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on the console: on a terminal, one bar redrawn in place ({@code label [=====>    ] 52% 1.2/2.3 MB ETA 4s});
 * when not a terminal (CI logs, pipes), a plain line at most every {@code lineInterval} seconds and at the end.
 */
public final class ConsoleProgress implements Progress {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final Units units;
    private final boolean terminal;
    private final long lineIntervalNanos;
    private final long start = System.nanoTime();
    private long lastPrint;
    private long done;
    private String detail = "";
    private double secondsLeft = -1;
    private boolean closed;

    /** How quantities are written. */
    public enum Units {
        /** Plain counts: {@code 12/100}. */
        COUNT,
        /** Bytes: {@code 1.2/26.4 MB}. */
        BYTES,
        /** Estimated work in hundredths of a second: {@code 12m05s/1h02m of work}. */
        CENTISECONDS
    }

    /**
     * @param label    what the task is, printed first
     * @param total    the task's size in units, or 0 if unknown
     * @param terminal whether to draw an in-place bar (use {@link #isTerminal()})
     */
    public ConsoleProgress(PrintStream out, String label, long total, Units units, boolean terminal,
                           double lineIntervalSeconds) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.units = units;
        this.terminal = terminal;
        this.lineIntervalNanos = (long) (lineIntervalSeconds * 1e9);
        this.lastPrint = start - lineIntervalNanos;
    }

    /** A progress on standard error, a bar if it is a terminal, lines every 10 seconds otherwise. */
    public static ConsoleProgress onStderr(String label, long total, Units units) {
        return new ConsoleProgress(System.err, label, total, units, isTerminal(), 10);
    }

    /** True when the process has a console attached (an interactive terminal). */
    public static boolean isTerminal() {
        return System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public synchronized void update(long done, String detail) {
        this.done = done;
        this.detail = detail == null ? "" : detail;
        long now = System.nanoTime();
        if (terminal ? now - lastPrint >= 100_000_000L : now - lastPrint >= lineIntervalNanos) {
            lastPrint = now;
            print(false);
        }
    }

    @Override
    public synchronized void secondsLeft(double seconds) {
        this.secondsLeft = seconds;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            print(true);
        }
    }

    private void print(boolean last) {
        String line = render(last);
        if (terminal) {
            out.print("\r" + line + "\u001B[K" + (last ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** The text of one progress line. */
    String render(boolean last) {
        double seconds = (System.nanoTime() - start) / 1e9;
        StringBuilder sb = new StringBuilder(label).append(' ');
        if (total > 0) {
            double f = Math.min(1, (double) done / total);
            if (terminal) {
                int fill = (int) (f * WIDTH);
                sb.append('[').append("=".repeat(fill)).append(fill < WIDTH ? ">" : "")
                        .append(" ".repeat(Math.max(0, WIDTH - fill - 1))).append("] ");
            }
            sb.append(String.format(Locale.ROOT, "%3.0f%% %s/%s", 100 * f, amount(done, false), amount(total, true)));
            if (!last && f < 1 && (secondsLeft >= 0 || done > 0)) {
                sb.append(" ETA ").append(duration(secondsLeft >= 0 ? secondsLeft : seconds * (1 - f) / f));
            }
        } else {
            sb.append(amount(done, true));
        }
        if (last) {
            sb.append(" in ").append(duration(seconds));
        }
        if (!detail.isEmpty()) {
            sb.append("  ").append(detail);
        }
        return sb.toString();
    }

    private String amount(long n, boolean withUnit) {
        if (units == Units.BYTES) {
            return String.format(Locale.ROOT, "%.1f", n / 1e6) + (withUnit ? " MB" : "");
        }
        if (units == Units.CENTISECONDS) {
            return duration(n / 100.0) + (withUnit ? " of work" : "");
        }
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A duration as {@code 42s}, {@code 3m05s} or {@code 1h02m}. */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
