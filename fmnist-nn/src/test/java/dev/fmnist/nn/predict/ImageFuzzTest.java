package dev.fmnist.nn.predict;

import dev.fmnist.data.testing.Fuzzing;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fuzzes the picture reader of {@code predict --image}: any file is an image or an I/O error naming it. */
class ImageFuzzTest {
    private static final List<byte[]> SEEDS = new ArrayList<>();

    @TempDir
    Path tmp;

    @BeforeAll
    static void picturesInEveryFormat() throws IOException {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 10; y < 20; y++) {
            for (int x = 12; x < 30; x++) {
                img.setRGB(x, y, 0xFFFFFF);
            }
        }
        for (String format : List.of("png", "gif", "bmp", "jpeg")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            SEEDS.add(out.toByteArray());
        }
    }

    @Test
    void anyFileIsAnImageOrAnIoError() {
        int[] run = {0};
        Fuzzing.check("pictures", 200, random -> {
            byte[] b = SEEDS.get(random.nextInt(SEEDS.size())).clone();
            for (int i = random.nextInt(6); i >= 0; i--) {
                // the headers hold the sizes and offsets: change bytes near the start more often
                int at = random.nextBoolean() ? random.nextInt(Math.min(64, b.length)) : random.nextInt(b.length);
                b[at] = (byte) (random.nextBoolean() ? random.nextInt(256) : 0xFF);
            }
            Path file = Files.write(tmp.resolve("p" + run[0]++), b);
            try {
                DatasetImageConverter.read(file, random.nextBoolean());
            } catch (IOException expected) {
                // the reader's own error, naming the file
            }
        });
    }
}
