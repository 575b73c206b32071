package dev.fmnist.viz.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Split;
import dev.fmnist.viz.embed.EmbeddingPicture.Panel;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesAndPictureTest {
    @TempDir
    Path tmp;

    private static Panel pcaPanel(String dataset, ImageSelection images) {
        return new Panel(dataset, dataset + " PCA", images, EmbeddingMethod.PCA.embed(images.rows(), 0, 1,
                ProgressStages.NONE));
    }

    @Test
    void stratifiedSampleKeepsClassSharesAndDatasetOrder() {
        Split train = RealFashion.dataset().train();
        Split test = RealFashion.dataset().test();
        ImageSelection s = ImageSelection.sample(List.of(train, test), 7000, 5);
        assertEquals(7000, s.count());
        int[] perClass = new int[10];
        for (int l : s.labels()) {
            perClass[l]++;
        }
        assertArrayEquals(new int[] {700, 700, 700, 700, 700, 700, 700, 700, 700, 700}, perClass);
        for (int i = 1; i < s.count(); i++) {
            boolean sameSplit = s.split(i) == s.split(i - 1);
            assertTrue(sameSplit ? s.index(i) > s.index(i - 1) : s.split(i) == test, "dataset order at " + i);
        }
        assertEquals(ImageSelection.sample(List.of(train, test), 7000, 5).index(100), s.index(100));
        assertEquals(70_000, ImageSelection.all(List.of(train, test)).count());
        assertThrows(IllegalArgumentException.class, () -> ImageSelection.sample(List.of(test), 10_001, 0));
    }

    @Test
    void csvJsonAndPictureOfTwoPanels() throws Exception {
        ImageSelection images = RealFashion.testSample(500);
        List<Panel> panels = List.of(pcaPanel("fashion", images), pcaPanel("again", images));
        List<Path> files = EmbeddingFiles.write(panels, false, 0, tmp.resolve("map.png"));
        assertEquals(List.of("map.png", "map-fashion.csv", "map-again.csv", "map.json"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        List<String> csv = Files.readAllLines(files.get(1));
        assertEquals(501, csv.size());
        assertEquals(EmbeddingFiles.CSV_HEADER, csv.get(0));
        String[] first = csv.get(1).split(",");
        assertEquals(6, first.length);
        assertEquals(String.valueOf(images.index(0)), first[0]);
        assertEquals("test", first[1]);
        assertEquals(images.labelNames().get(Integer.parseInt(first[2])), first[3]);
        assertEquals((float) panels.get(0).map().x(0), Float.parseFloat(first[4]));
        String json = Files.readString(files.get(3), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"method\":\"pca\",\"seed\":0,\"datasets\":[{\"dataset\":\"fashion\""), json);
        assertTrue(json.contains("\"label_names\":[\"T-shirt/top\",\"Trouser\""), json);

        BufferedImage png = ImageIO.read(files.get(0).toFile());
        assertTrue(png.getWidth() > 2 * 900 && png.getHeight() > 900, png.getWidth() + "x" + png.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth() / 2; x++) {
                colours.add(png.getRGB(x, y) & 0xFFFFFF);
            }
        }
        for (int l = 0; l < 10; l++) {
            assertTrue(colours.contains(EmbeddingPicture.colour(l)), "class colour " + l + " in the picture");
        }
        assertTrue(colours.size() > 12, "points, legend and text: " + colours.size() + " colours");
    }

    @Test
    void thumbnailsDrawTheImagesInk() {
        ImageSelection images = RealFashion.testSample(200);
        BufferedImage png = EmbeddingPicture.draw(List.of(pcaPanel("fashion", images)), true);
        int inked = 0;
        for (int y = 60; y < png.getHeight() - 20; y++) {
            for (int x = 20; x < 2020; x++) {
                inked += (png.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
            }
        }
        assertTrue(inked > 200 * 100, "about 200 images of a few hundred inked pixels each: " + inked);
        assertEquals(0xFFFFFF, EmbeddingPicture.blend(0xFFFFFF, 0x1f77b4, 0));
        assertEquals(0x1f77b4, EmbeddingPicture.blend(0xFFFFFF, 0x1f77b4, 255));
    }

    @Test
    void unwritableOutputLeavesNothing() throws Exception {
        ImageSelection images = RealFashion.testSample(100);
        Path blocked = tmp.resolve("file");
        Files.writeString(blocked, "not a directory");
        assertThrows(java.io.IOException.class, () -> EmbeddingFiles.write(List.of(pcaPanel("fashion", images)),
                false, 0, blocked.resolve("map.png")));
        assertEquals(List.of(blocked), Files.list(tmp).toList());
        assertEquals(Map.of(), new Embedding(EmbeddingMethod.PCA, new double[0], Map.of()).details());
    }
}
