package dev.fmnist.cli.commands;

import dev.fmnist.cli.DatasetConverter;
import dev.fmnist.cli.ExitCode;
import dev.fmnist.cli.Pictures;
import dev.fmnist.cli.SplitName;
import dev.fmnist.cli.Verb;
import dev.fmnist.data.Split;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.viz.ClassSprite;
import dev.fmnist.viz.PngImages;
import dev.fmnist.viz.ProjectorFiles;
import dev.fmnist.viz.SpriteLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fmnist sprite}: the class sprite of the dataset's README ({@code --out}) and the TensorBoard embedding
 * projector files ({@code --projector}).
 */
@Command(name = "sprite", sortOptions = false,
        description = {"Draw the README's class sprite, or write TensorBoard projector files.",
                "With --out FILE.png, draw the sprite of the Fashion-MNIST README: for each class, rows of examples "
                        + "with the class name at the left.",
                "With --projector DIR, write the TensorBoard embedding projector files for the first --count images: "
                        + "sprite.png, metadata.tsv (label and name, with a header), tensor.tsv (raw pixels) and "
                        + "projector_config.pbtxt; view them with 'tensorboard --logdir DIR'."},
        footer = {"", "Examples:", "  fmnist sprite fashion --out sprite.png",
                "  fmnist sprite fashion --out big.png --columns 20 --scale 2 --seed 7",
                "  fmnist sprite mnist --projector projector/ --count 2000"})
public final class SpriteCommand extends Verb {
    /** The largest pixel size of the sprite. */
    private static final int MAX_SCALE = 16;
    /** The most images per sprite row. */
    private static final int MAX_COLUMNS = 1000;
    /** The most sprite rows per class. */
    private static final int MAX_ROWS_PER_CLASS = 1000;
    /** The most pixels of a sprite (256 MB in gray). */
    private static final long MAX_SPRITE_PIXELS = 1L << 28;

    @Parameters(paramLabel = "DATASET", converter = DatasetConverter.class, description = "fashion, mnist or kmnist.")
    private DatasetSpec dataset;

    @Option(names = "--out", paramLabel = "FILE.png", description = "Write the class sprite to this PNG file.")
    private Path out;

    @Option(names = "--projector", paramLabel = "DIR", description = "Write the embedding projector files here.")
    private Path projector;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "test",
            description = "train or test (default: ${DEFAULT-VALUE}).")
    private SplitName split;

    @Option(names = "--columns", paramLabel = "N", defaultValue = "30",
            description = "Sprite: images per row, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    private int columns;

    @Option(names = "--rows-per-class", paramLabel = "N", defaultValue = "3",
            description = "Sprite: rows of examples per class, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    private int rowsPerClass;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "Sprite: pixel size, 1 to 16 (default: ${DEFAULT-VALUE}).")
    private int scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Sprite: picks the examples of each class (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--no-labels", negatable = false, description = "Sprite: leave out the class names.")
    private boolean noLabels;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1000",
            description = "Projector: how many images, from the first (default: ${DEFAULT-VALUE}).")
    private int count;

    @Override
    public Integer call() throws IOException {
        if (out == null && projector == null) {
            throw usageError("say what to write: --out FILE.png (the class sprite) and/or --projector DIR");
        }
        if (out != null && Files.isDirectory(out)) {
            throw usageError("--out " + out + " is a directory; give a file name such as " + out.resolve("sprite.png"));
        }
        requireRange("--columns", columns, 1, MAX_COLUMNS);
        requireRange("--rows-per-class", rowsPerClass, 1, MAX_ROWS_PER_CLASS);
        requireRange("--scale", scale, 1, MAX_SCALE);
        long pixels = (long) columns * rowsPerClass * scale * scale * DatasetSpec.ROWS * DatasetSpec.COLS
                * dataset.classCount();
        if (out != null && pixels > MAX_SPRITE_PIXELS) {
            throw usageError("--columns " + columns + ", --rows-per-class " + rowsPerClass + " and --scale " + scale
                    + " make a sprite of " + pixels + " pixels; at most " + MAX_SPRITE_PIXELS + " fit, so lower one");
        }
        Split s = split.of(load(dataset));
        if (out != null) {
            PngImages.write(draw(s), out);
            out().printf(Locale.ROOT, "sprite of %s %s, %d examples per class -> %s%n", dataset.title(), s.name(),
                    columns * rowsPerClass, out);
        }
        if (projector != null) {
            int max = Math.min(s.count(), ProjectorFiles.maxImages(s.rows(), s.cols()));
            if (count < 1 || count > max) {
                throw usageError("--count must be 1 to " + max + " (the " + s.name() + " split holds " + s.count()
                        + " images; a projector sprite holds at most " + ProjectorFiles.maxImages(s.rows(), s.cols())
                        + "), not " + count);
            }
            String name = dataset.name() + "-" + s.name() + "-" + count;
            for (Path f : ProjectorFiles.write(s, count, projector, name)) {
                out().println("projector: " + f);
            }
        }
        return ExitCode.OK;
    }

    private BufferedImage draw(Split s) throws IOException {
        return Pictures.draw("drawing the class names",
                () -> ClassSprite.draw(s, new SpriteLayout(columns, rowsPerClass, scale, !noLabels, seed)),
                "add --no-labels");
    }
}
