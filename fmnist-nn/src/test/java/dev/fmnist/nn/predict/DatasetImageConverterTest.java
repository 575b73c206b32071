package dev.fmnist.nn.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Normalization;
import dev.fmnist.nn.arch.ModelSpec;
import dev.fmnist.nn.model.ModelManifest;
import dev.fmnist.nn.model.Network;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetImageConverterTest {
    @TempDir
    Path dir;

    /** A dark 60x120 rectangle (a "trouser") on a white 300x200 photo, off centre. */
    private Path photo() throws IOException {
        BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 200);
        g.setColor(new Color(30, 30, 60));
        g.fillRect(20, 40, 60, 120);
        g.dispose();
        Path file = dir.resolve("photo.png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    @Test
    void photoIsInvertedFittedAndCentred() throws IOException {
        byte[] px = DatasetImageConverter.read(photo(), false);
        assertEquals(28 * 28, px.length);
        // the object fills the full height (fit longest edge to 28) and half the width, centred: columns 7..20
        for (int y = 0; y < 28; y++) {
            assertEquals(0, px[y * 28] & 0xFF, "background is black after inverting");
            assertEquals(0, px[y * 28 + 27] & 0xFF);
            assertTrue((px[y * 28 + 14] & 0xFF) > 200, "object is bright at row " + y);
        }
        assertTrue((px[14 * 28 + 7] & 0xFF) > 200 && (px[14 * 28 + 20] & 0xFF) > 200);
        assertEquals(0, px[14 * 28 + 5] & 0xFF);
    }

    @Test
    void digitsGoIntoATwentyPixelBox() throws IOException {
        byte[] px = DatasetImageConverter.read(photo(), true);
        assertEquals(0, px[3 * 28 + 14] & 0xFF, "rows 0-3 stay empty");
        assertTrue((px[14 * 28 + 14] & 0xFF) > 200);
    }

    @Test
    void blankAndNonImagesAreRejected() throws IOException {
        BufferedImage white = new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB);
        Path blank = dir.resolve("blank.png");
        ImageIO.write(white, "png", blank.toFile());
        IOException e = assertThrows(IOException.class, () -> DatasetImageConverter.read(blank, false));
        assertTrue(e.getMessage().contains("blank"), e.getMessage());
        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");
        e = assertThrows(IOException.class, () -> DatasetImageConverter.read(text, false));
        assertTrue(e.getMessage().contains("not an image"), e.getMessage());
    }

    @Test
    void predictionOfAPhotoListsClassesByProbability() throws IOException {
        List<String> labels = List.of("T-shirt/top", "Trouser", "Pullover");
        ModelManifest m = ModelManifest.of(ModelSpec.DEFAULT, "fashion", labels, 28, 28,
                Normalization.standardize(72.9, 90.0));
        try (Network net = Network.create(m, 3)) {
            List<Prediction.ClassProbability> top = Prediction.top(net, DatasetImageConverter.read(photo(), false), 2);
            assertEquals(2, top.size());
            assertTrue(top.get(0).probability() >= top.get(1).probability());
            List<Prediction.ClassProbability> all = Prediction.top(net, new byte[784], 10);
            assertEquals(3, all.size());
            assertEquals(1.0, all.stream().mapToDouble(Prediction.ClassProbability::probability).sum(), 1e-5);
        }
    }
}
