package dev.fmnist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fmnist show} and {@code fmnist sprite} on the real Fashion-MNIST. */
class ShowAndSpriteCommandTest {
    @TempDir
    Path tmp;

    @Test
    void showDrawsImagesSideBySideWithTheirNames() {
        Cli.Result r = Cli.run("show", "fashion", "--split", "test", "--style", "shade", "0", "1");
        assertEquals(ExitCode.OK, r.code(), r.both());
        List<String> lines = r.out().lines().toList();
        assertEquals("Fashion-MNIST test", lines.get(0));
        assertTrue(lines.get(1).startsWith("0: Ankle boot (9)"), r.out());
        assertTrue(lines.get(1).contains("1: Pullover (2)"), r.out());
        assertEquals(2 + 14, lines.size(), r.out());
        assertTrue(r.out().contains("\u2588"), "full blocks where the ink is: " + r.out());
    }

    @Test
    void showStylesAndBadIndex() {
        Cli.Result ascii = Cli.run("show", "fashion", "--style", "ascii", "--split", "test", "0");
        assertEquals(ExitCode.OK, ascii.code(), ascii.both());
        assertTrue(ascii.out().chars().allMatch(c -> c < 128), ascii.out());
        Cli.Result ansi = Cli.run("show", "fashion", "--style", "ansi", "--split", "test", "0");
        assertTrue(ansi.out().contains("\u001B[38;5;"), ansi.out());
        Cli.Result bad = Cli.run("show", "fashion", "--split", "test", "10000");
        assertEquals(ExitCode.USAGE, bad.code(), bad.both());
        assertTrue(bad.err().startsWith("fmnist: index 10000 is outside the test split, which holds images 0 to 9999"),
                bad.both());
    }

    @Test
    void spriteAndProjectorFiles() throws IOException {
        Path sprite = tmp.resolve("sprite.png");
        Path projector = tmp.resolve("projector");
        Cli.Result r = Cli.run("sprite", "fashion", "--out", sprite.toString(), "--columns", "10", "--projector",
                projector.toString(), "--count", "100");
        assertEquals(ExitCode.OK, r.code(), r.both());
        BufferedImage png = ImageIO.read(sprite.toFile());
        assertEquals(10 * 3 * 28 + 9 * 2, png.getHeight(), "ten classes of three rows, 2-pixel gaps");
        assertTrue(png.getWidth() > 10 * 28, "room for the names at the left: " + png.getWidth());

        BufferedImage grid = ImageIO.read(projector.resolve("sprite.png").toFile());
        assertEquals(280, grid.getWidth());
        assertEquals(280, grid.getHeight());
        List<String> metadata = Files.readAllLines(projector.resolve("metadata.tsv"));
        assertEquals(101, metadata.size());
        assertEquals("label\tname", metadata.get(0));
        assertEquals("9\tAnkle boot", metadata.get(1));
        List<String> tensor = Files.readAllLines(projector.resolve("tensor.tsv"));
        assertEquals(100, tensor.size());
        assertEquals(784, tensor.get(0).split("\t").length);
        String config = Files.readString(projector.resolve("projector_config.pbtxt"));
        assertTrue(config.contains("tensor_shape: 100\n  tensor_shape: 784"), config);
        assertTrue(config.contains("single_image_dim: 28"), config);
    }
}
