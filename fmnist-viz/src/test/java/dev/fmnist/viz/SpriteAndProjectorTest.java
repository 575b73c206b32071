package dev.fmnist.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fmnist.data.Split;
import dev.fmnist.data.testing.SyntheticDataset;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpriteAndProjectorTest {
    private static final List<String> NAMES = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");

    @TempDir
    Path tmp;

    @Test
    void pngOfOneImageKeepsEveryPixel() throws Exception {
        Split s = SyntheticDataset.split("test", 3, 9, NAMES);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(PngImages.encode(PngImages.picture(s.image(2), 2))));
        assertEquals(56, png.getWidth());
        assertEquals(s.image(2).get(5, 7), png.getRaster().getSample(2 * 7 + 1, 2 * 5 + 1, 0));
    }

    @Test
    void classSpriteLayoutAndSeededChoice() {
        Split s = SyntheticDataset.split("test", 200, 9, NAMES);
        BufferedImage sprite = ClassSprite.draw(s, new SpriteLayout(4, 2, 1, false, 1));
        assertEquals(4 * 28, sprite.getWidth());
        assertEquals(10 * 56 + 9 * 2, sprite.getHeight());
        int[] members = s.classIndex()[3];
        assertArrayEquals(ClassSprite.pick(members, 8, new SplittableRandom(5)),
                ClassSprite.pick(members, 8, new SplittableRandom(5)));
        assertEquals(20, ClassSprite.pick(members, 50, new SplittableRandom(5)).length);
    }

    @Test
    void projectorFiles() throws Exception {
        Split s = SyntheticDataset.split("test", 10, 9, NAMES);
        ProjectorFiles.write(s, 5, tmp, "synthetic");
        BufferedImage sprite = ImageIO.read(tmp.resolve("sprite.png").toFile());
        assertEquals(3 * 28, sprite.getWidth());
        assertEquals(s.image(4).get(0, 0), sprite.getRaster().getSample(28, 28, 0));
        assertEquals(List.of("label\tname", "0\ta", "1\tb", "2\tc", "3\td", "4\te"),
                Files.readAllLines(tmp.resolve("metadata.tsv")));
        assertEquals(5, Files.readAllLines(tmp.resolve("tensor.tsv")).size());
        assertThrows(IllegalArgumentException.class, () -> ProjectorFiles.write(s, 11, tmp, "x"));
    }
}
