package dev.fmnist.data.format;

/**
 * The CSV layout of Kaggle's copy of Fashion-MNIST ({@code fashion-mnist_train.csv}): a header row
 * {@code label,pixel1,...,pixel784}, then one row per image with its label and its pixels row by row.
 */
public final class KaggleCsv {
    /** Image height and width in this layout. */
    public static final int ROWS = 28;
    public static final int COLS = 28;
    /** Values per row: the label and 784 pixels. */
    public static final int COLUMNS = 1 + ROWS * COLS;

    private KaggleCsv() {
    }

    /** The header row, without a line break. */
    public static String header() {
        StringBuilder sb = new StringBuilder("label");
        for (int p = 1; p < COLUMNS; p++) {
            sb.append(",pixel").append(p);
        }
        return sb.toString();
    }

    /** The name of a 1-based column: {@code label} or {@code pixelK}. */
    public static String columnName(int column) {
        return column == 1 ? "label" : "pixel" + (column - 1);
    }

    /** The file name Kaggle uses for a split, for example {@code fashion-mnist_train.csv}. */
    public static String fileName(String datasetTitle, String split) {
        return datasetTitle.toLowerCase(java.util.Locale.ROOT) + "_" + split + ".csv";
    }
}
