package dev.fmnist.classic.report;

import dev.fmnist.classic.report.Leaderboard.Cell;
import dev.fmnist.classic.report.Leaderboard.DatasetColumn;
import dev.fmnist.classic.report.Leaderboard.Row;
import dev.fmnist.classic.job.JobStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Leaderboard} as an aligned text table for the terminal or as Markdown: rank, family,
 * parameters, then for each dataset side by side: mean ± 2σ accuracy, the published accuracy of that configuration,
 * ours minus published, and mean fit and predict seconds.
 */
public final class LeaderboardTables {
    private LeaderboardTables() {
    }

    /** An aligned plain-text table with notes below it. */
    public static String text(Leaderboard board) {
        List<String[]> table = cells(board);
        int columns = table.get(0).length;
        int[] width = new int[columns];
        for (String[] row : table) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder(board.title()).append('\n');
        for (int i = 0; i < table.size(); i++) {
            String[] row = table.get(i);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                boolean left = c == 1 || c == 2;
                String v = row[c];
                String pad = " ".repeat(width[c] - v.length());
                line.append(c == 0 ? "" : c > 3 && (c - 3) % PER_DATASET == 0 ? "  | " : "  ")
                        .append(left ? v + pad : pad + v);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (i == 0) {
                sb.append("-".repeat(line.length())).append('\n');
            }
        }
        notes(board, sb, "");
        return sb.toString();
    }

    /** A Markdown document: a heading, the table, and the notes. */
    public static String markdown(Leaderboard board) {
        List<String[]> table = cells(board);
        StringBuilder sb = new StringBuilder("# ").append(board.title()).append("\n\n");
        for (int i = 0; i < table.size(); i++) {
            sb.append("| ").append(String.join(" | ", escape(table.get(i)))).append(" |\n");
            if (i == 0) {
                sb.append("|").append("---|".repeat(table.get(0).length)).append('\n');
            }
        }
        sb.append('\n');
        notes(board, sb, "- ");
        return sb.toString();
    }

    private static final int PER_DATASET = 5;

    private static List<String[]> cells(Leaderboard board) {
        List<String[]> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("rank", "family", "parameters"));
        for (DatasetColumn d : board.datasets()) {
            header.addAll(List.of(d.title() + " accuracy ± 2σ", "published", "Δ", "fit s", "predict s"));
        }
        table.add(header.toArray(String[]::new));
        for (Row r : board.rows()) {
            List<String> row = new ArrayList<>(List.of(r.rank() == null ? "-" : String.valueOf(r.rank()), r.family(),
                    r.parameters()));
            for (DatasetColumn d : board.datasets()) {
                row.addAll(cell(r.cells().get(d.name())));
            }
            table.add(row.toArray(String[]::new));
        }
        return table;
    }

    private static List<String> cell(Cell c) {
        if (c == null) {
            return List.of("not run", "", "", "", "");
        }
        String published = c.published() == null ? ""
                : format("%.3f", c.published()) + (c.publishedIsFamilyBest() != null ? "*" : "");
        if (c.status() != JobStatus.OK) {
            return List.of(c.status() == JobStatus.TIMED_OUT ? "timed out" : "failed", published, "", "", "");
        }
        String accuracy = c.repeats() == 1 ? format("%.4f (1 repeat)", c.meanAccuracy())
                : format("%.4f ± %.4f", c.meanAccuracy(), c.stdAccuracy());
        return List.of(accuracy, published,
                c.difference() == null ? "" : format("%+.4f", c.difference()), format("%.1f", c.fitSeconds()),
                format("%.1f", c.predictSeconds()));
    }

    private static void notes(Leaderboard board, StringBuilder sb, String bullet) {
        sb.append(bullet).append("Accuracy on the test set, mean ± 2 standard deviations over the repeats (none for a single repeat). Published: ")
                .append(board.publishedSource()).append(".\n");
        if (board.rows().stream().anyMatch(r -> r.cells().values().stream()
                .anyMatch(c -> c != null && c.publishedIsFamilyBest() != null))) {
            sb.append(bullet).append("* the family's published best, measured with another configuration: this one is "
                    + "its family's only configuration here (in the quick grid, the configuration of its grid known to "
                    + "reach that accuracy soonest, else the most of its grid that fits the quick grid's time).\n");
        }
        for (Row r : board.rows()) {
            r.cells().forEach((dataset, c) -> {
                if (c.status() != JobStatus.OK) {
                    sb.append(bullet).append(r.family()).append(" {").append(r.parameters()).append("} on ")
                            .append(dataset).append(": ").append(c.error()).append('\n');
                }
            });
        }
        for (Map.Entry<String, String> e : board.notRun().entrySet()) {
            sb.append(bullet).append("Not run: ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
    }

    private static String[] escape(String[] row) {
        String[] out = new String[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = row[i].replace("|", "\\|");
        }
        return out;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
