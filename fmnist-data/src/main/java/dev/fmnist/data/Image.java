package dev.fmnist.data;

/**
 * A view of one image inside a split's contiguous pixel array: no copy is made.
 *
 * @param pixels the split's whole pixel array
 * @param offset where this image starts in it
 * @param rows   image height (28)
 * @param cols   image width (28)
 * @param label  the image's label
 */
public record Image(byte[] pixels, int offset, int rows, int cols, int label) {
    /** The pixel at a row and column, 0 (background) to 255 (ink). */
    public int get(int row, int col) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IndexOutOfBoundsException("pixel (" + row + ", " + col + ") outside " + rows + "x" + cols);
        }
        return pixels[offset + row * cols + col] & 0xFF;
    }

    /** A copy of this image's pixels, row-major. */
    public byte[] toBytes() {
        byte[] b = new byte[rows * cols];
        System.arraycopy(pixels, offset, b, 0, b.length);
        return b;
    }

    /** The pixels as a {@code rows x cols} matrix of 0..255 values. */
    public int[][] toMatrix() {
        int[][] m = new int[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m[r][c] = pixels[offset + r * cols + c] & 0xFF;
            }
        }
        return m;
    }

    /** The pixels converted to floats with a normalization. */
    public float[] toFloats(Normalization normalization) {
        float[] f = new float[rows * cols];
        normalization.convert(pixels, offset, f, 0, f.length);
        return f;
    }
}
