package dev.fmnist.dashboard.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Fmnist;
import dev.fmnist.data.Split;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SpritePagesTest {
    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** The gray value of pixel (r, c) of image i of a page's picture (getRGB would convert linear gray to sRGB). */
    private static int gray(BufferedImage page, int i, int r, int c) {
        int x = (i % SpritePages.COLUMNS) * 28 + c;
        int y = (i / SpritePages.COLUMNS) * 28 + r;
        return page.getType() == BufferedImage.TYPE_BYTE_GRAY ? page.getRaster().getSample(x, y, 0)
                : page.getRGB(x, y) & 0xff;
    }

    @Test
    void imageIOfAPageIsAtColumnIMod40AndRowIDiv40ExactlyOrWithin8() throws IOException {
        Split test = Fmnist.load("fashion").test();
        assertEquals(10, SpritePages.pages(test));
        BufferedImage exact = decode(SpritePages.png(test, 3));
        BufferedImage sixteen = decode(SpritePages.png(test, 3, SpritePages.Depth.SIXTEEN_LEVELS));
        assertEquals(40 * 28, exact.getWidth());
        assertEquals(25 * 28, exact.getHeight());
        for (int i : new int[]{0, 39, 40, 517, 999}) {
            for (int r = 0; r < 28; r++) {
                for (int c = 0; c < 28; c++) {
                    int pixel = test.image(3000 + i).get(r, c);
                    assertEquals(pixel, gray(exact, i, r, c));
                    assertTrue(Math.abs(pixel - gray(sixteen, i, r, c)) <= 8, "16 levels: within half a step");
                }
            }
        }
        assertTrue(SpritePages.png(test, 3, SpritePages.Depth.SIXTEEN_LEVELS).length
                < 0.6 * SpritePages.png(test, 3).length, "16 levels is much smaller");
        assertThrows(IllegalArgumentException.class, () -> SpritePages.png(test, 10));
    }
}
