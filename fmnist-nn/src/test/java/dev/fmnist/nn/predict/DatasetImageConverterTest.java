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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
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

    /** A white square picture of {@code side} pixels with a dark box, as an 8-bit grayscale PNG made row by row. */
    private Path squarePicture(String name, int side) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            byte[] row = new byte[side + 1];
            for (int y = 0; y < side; y++) {
                boolean inBox = y >= side / 5 && y < side * 4 / 5;
                for (int x = 0; x < side; x++) {
                    row[x + 1] = (byte) (inBox && x >= side / 10 && x < side / 2 ? 40 : 255);
                }
                z.write(row);
            }
        }
        ByteBuffer header = ByteBuffer.allocate(13).putInt(side).putInt(side).put(new byte[] {8, 0, 0, 0, 0});
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return Files.write(dir.resolve(name), png.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void aHugePictureIsReadSubsampledAndConvertedLikeASmallOne() throws IOException {
        int side = 10_000;
        assertTrue((long) side * side > 4 * DatasetImageConverter.MAX_PIXELS, "read with every 3rd pixel or fewer");
        byte[] huge = DatasetImageConverter.read(squarePicture("huge.png", side), false);
        byte[] small = DatasetImageConverter.read(squarePicture("small.png", 1_000), false);
        int differing = 0;
        for (int i = 0; i < huge.length; i++) {
            differing += Math.abs((huge[i] & 0xFF) - (small[i] & 0xFF)) > 32 ? 1 : 0;
        }
        assertTrue(differing <= 28, differing + " pixels differ between the huge and the small picture");
        assertTrue((huge[14 * 28 + 14] & 0xFF) > 200, "the box is there, bright after inverting");
    }

    @Test
    void aDirectoryIsNotAPicture() {
        IOException e = assertThrows(IOException.class, () -> DatasetImageConverter.read(dir, false));
        assertEquals(dir + " is a directory; give a picture file (PNG, JPEG, GIF, BMP)", e.getMessage());
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
