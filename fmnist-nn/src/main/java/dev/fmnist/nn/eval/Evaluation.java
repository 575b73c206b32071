package dev.fmnist.nn.eval;

import java.util.List;

/**
 * How well a model classifies a labelled split.
 *
 * @param labelNames the class names in label order
 * @param confusion  {@code confusion[truth][predicted]} counts
 */
public record Evaluation(List<String> labelNames, int[][] confusion) {
    /** Tallies predictions against the truth. */
    public static Evaluation of(List<String> labelNames, int[] truth, int[] predicted) {
        int k = labelNames.size();
        int[][] confusion = new int[k][k];
        for (int i = 0; i < truth.length; i++) {
            confusion[truth[i]][predicted[i]]++;
        }
        return new Evaluation(labelNames, confusion);
    }

    /** Number of images evaluated. */
    public int count() {
        int n = 0;
        for (int[] row : confusion) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }

    /** The fraction (0..1) of images classified correctly. */
    public double accuracy() {
        int correct = 0;
        for (int i = 0; i < confusion.length; i++) {
            correct += confusion[i][i];
        }
        int n = count();
        return n == 0 ? 0 : (double) correct / n;
    }

    /** For each class, the fraction of its images classified correctly (its recall). */
    public double[] perClassAccuracy() {
        double[] acc = new double[confusion.length];
        for (int i = 0; i < confusion.length; i++) {
            int total = 0;
            for (int c : confusion[i]) {
                total += c;
            }
            acc[i] = total == 0 ? 0 : (double) confusion[i][i] / total;
        }
        return acc;
    }
}
