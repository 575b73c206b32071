package dev.fmnist.data;

/**
 * A batch: some images of a split, named by their indexes. Pixels are converted only when asked for.
 *
 * @param split   the split the images come from
 * @param indexes the images' indexes in the split
 */
public record Batch(Split split, int[] indexes) {
    public int size() {
        return indexes.length;
    }

    /** The images as floats, {@code size x rows x cols}. */
    public float[] floats(Normalization normalization) {
        return split.floats(indexes, normalization);
    }

    /** Converts the images into a caller's buffer (reused across batches to avoid garbage). */
    public void floats(Normalization normalization, float[] out) {
        split.floats(indexes, 0, indexes.length, normalization, out, 0);
    }

    /** The labels as ints. */
    public int[] labels() {
        int[] l = new int[indexes.length];
        for (int k = 0; k < l.length; k++) {
            l[k] = split.label(indexes[k]);
        }
        return l;
    }
}
