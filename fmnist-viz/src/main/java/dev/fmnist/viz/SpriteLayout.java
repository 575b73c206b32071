package dev.fmnist.viz;

/**
 * How a class sprite is laid out.
 *
 * @param columns      images per row
 * @param rowsPerClass rows of examples for each class (the dataset's README uses three)
 * @param scale        each pixel drawn as a {@code scale x scale} square
 * @param labels       whether to write the class names at the left
 * @param seed         picks the examples of each class (the same seed gives the same sprite)
 */
public record SpriteLayout(int columns, int rowsPerClass, int scale, boolean labels, long seed) {
    /** The README's layout: 30 columns, three rows per class, pixels at their own size, with names. */
    public static final SpriteLayout README = new SpriteLayout(30, 3, 1, true, 0);

    public SpriteLayout {
        if (columns < 1 || rowsPerClass < 1 || scale < 1) {
            throw new IllegalArgumentException("columns, rows per class and scale must be at least 1, not "
                    + columns + ", " + rowsPerClass + ", " + scale);
        }
    }

    /** Examples shown for each class. */
    public int perClass() {
        return columns * rowsPerClass;
    }
}
