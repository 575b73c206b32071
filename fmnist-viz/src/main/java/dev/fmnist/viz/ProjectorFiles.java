package dev.fmnist.viz;

import dev.fmnist.data.Split;
import dev.fmnist.data.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of the TensorBoard embedding projector for the first images of a split: a sprite of the images in
 * index order, a metadata TSV (header row, then each image's label and name), a tensor TSV (one row of raw
 * 0..255 pixels per image) and a {@code projector_config.pbtxt} tying them together. Load the folder with
 * {@code tensorboard --logdir DIR}, or upload the TSV files and the sprite to the standalone projector.
 */
public final class ProjectorFiles {
    public static final String SPRITE = "sprite.png";
    public static final String METADATA = "metadata.tsv";
    public static final String TENSOR = "tensor.tsv";
    public static final String CONFIG = "projector_config.pbtxt";
    /** The largest sprite TensorBoard shows is 8192 pixels square. */
    static final int MAX_SPRITE_SIDE = 8192;

    private ProjectorFiles() {
    }

    /** The most images of {@code rows x cols} pixels that fit in one projector sprite. */
    public static int maxImages(int rows, int cols) {
        int perSide = MAX_SPRITE_SIDE / Math.max(rows, cols);
        return perSide * perSide;
    }

    /**
     * Writes the four files for the first {@code count} images of {@code split} into {@code dir}, each atomically.
     *
     * @param tensorName the name TensorBoard shows for the embedding
     * @return the files written
     */
    public static List<Path> write(Split split, int count, Path dir, String tensorName) throws IOException {
        if (count < 1 || count > split.count()) {
            throw new IllegalArgumentException("the " + split.name() + " split has " + split.count()
                    + " images: ask for 1 to " + split.count() + ", not " + count);
        }
        if (count > maxImages(split.rows(), split.cols())) {
            throw new IllegalArgumentException("at most " + maxImages(split.rows(), split.cols())
                    + " images fit in an 8192x8192 projector sprite, not " + count);
        }
        PngImages.write(sprite(split, count), dir.resolve(SPRITE));
        writeText(dir.resolve(METADATA), w -> writeMetadata(split, count, w));
        writeText(dir.resolve(TENSOR), w -> writeTensor(split, count, w));
        AtomicFiles.writeString(dir.resolve(CONFIG), config(tensorName, count, split));
        return List.of(dir.resolve(SPRITE), dir.resolve(METADATA), dir.resolve(TENSOR), dir.resolve(CONFIG));
    }

    /** The first {@code count} images in a square grid, row by row, as the projector expects. */
    static BufferedImage sprite(Split split, int count) {
        int side = (int) Math.ceil(Math.sqrt(count));
        BufferedImage sprite = PngImages.grayCanvas(side * split.cols(), side * split.rows());
        for (int i = 0; i < count; i++) {
            PngImages.draw(sprite.getRaster(), split.image(i), (i % side) * split.cols(), (i / side) * split.rows(), 1);
        }
        return sprite;
    }

    private static void writeMetadata(Split split, int count, Writer w) throws IOException {
        w.write("label\tname\n");
        for (int i = 0; i < count; i++) {
            w.write(split.label(i) + "\t" + split.labelName(i) + "\n");
        }
    }

    private static void writeTensor(Split split, int count, Writer w) throws IOException {
        StringBuilder row = new StringBuilder(4 * split.pixelsPerImage());
        byte[] pixels = split.images();
        int ppi = split.pixelsPerImage();
        for (int i = 0; i < count; i++) {
            row.setLength(0);
            for (int p = 0; p < ppi; p++) {
                row.append(p == 0 ? "" : "\t").append(pixels[i * ppi + p] & 0xFF);
            }
            w.append(row).append('\n');
        }
    }

    static String config(String tensorName, int count, Split split) {
        return "embeddings {\n"
                + "  tensor_name: \"" + tensorName.replace("\"", "'") + "\"\n"
                + "  tensor_shape: " + count + "\n"
                + "  tensor_shape: " + split.pixelsPerImage() + "\n"
                + "  tensor_path: \"" + TENSOR + "\"\n"
                + "  metadata_path: \"" + METADATA + "\"\n"
                + "  sprite {\n"
                + "    image_path: \"" + SPRITE + "\"\n"
                + "    single_image_dim: " + split.cols() + "\n"
                + "    single_image_dim: " + split.rows() + "\n"
                + "  }\n"
                + "}\n";
    }

    @FunctionalInterface
    private interface TextContent {
        void writeTo(Writer w) throws IOException;
    }

    private static void writeText(Path file, TextContent content) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(w);
            w.flush();
        });
    }
}
