package dev.fmnist.viz.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A confusion matrix to draw.
 *
 * @param title  what was evaluated, for example {@code SVC {C=10, kernel=rbf} on Fashion-MNIST test}
 * @param labels the class names in label order
 * @param counts {@code counts[true][predicted]}
 */
public record Confusion(String title, List<String> labels, int[][] counts) {
    public Confusion {
        labels = List.copyOf(labels);
        if (counts.length != labels.size()) {
            throw new IllegalArgumentException(counts.length + " rows for " + labels.size() + " labels");
        }
        for (int[] row : counts) {
            if (row.length != labels.size()) {
                throw new IllegalArgumentException("a row of " + row.length + " counts for " + labels.size()
                        + " labels");
            }
        }
    }

    /** The confusion matrix of predictions against the truth. */
    public static Confusion of(String title, List<String> labels, int[] truth, int[] predicted) {
        int[][] counts = new int[labels.size()][labels.size()];
        for (int i = 0; i < truth.length; i++) {
            counts[truth[i]][predicted[i]]++;
        }
        return new Confusion(title, labels, counts);
    }

    /** The images of class {@code c}. */
    public long rowTotal(int c) {
        long total = 0;
        for (int v : counts[c]) {
            total += v;
        }
        return total;
    }

    /** The share (0..1) of class {@code truth}'s images predicted as {@code predicted}; 0 for an empty class. */
    public double share(int truth, int predicted) {
        long total = rowTotal(truth);
        return total == 0 ? 0 : (double) counts[truth][predicted] / total;
    }

    /** All images counted. */
    public long total() {
        long all = 0;
        for (int c = 0; c < counts.length; c++) {
            all += rowTotal(c);
        }
        return all;
    }

    /** The fraction (0..1) of all images classified right. */
    public double accuracy() {
        long right = 0;
        for (int c = 0; c < counts.length; c++) {
            right += counts[c][c];
        }
        long all = total();
        return all == 0 ? 0 : (double) right / all;
    }

    /**
     * A pair of classes the classifier confuses.
     *
     * @param truth     the true class's name
     * @param predicted the name of the class it was taken for
     * @param count     how many images
     */
    public record Pair(String truth, String predicted, int count) {
    }

    /** The {@code n} largest off-diagonal counts, largest first (ties in label order); empty counts left out. */
    public List<Pair> mostConfused(int n) {
        List<Pair> pairs = new ArrayList<>();
        for (int t = 0; t < counts.length; t++) {
            for (int p = 0; p < counts.length; p++) {
                if (t != p && counts[t][p] > 0) {
                    pairs.add(new Pair(labels.get(t), labels.get(p), counts[t][p]));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::count).reversed());
        return pairs.subList(0, Math.min(n, pairs.size()));
    }
}
