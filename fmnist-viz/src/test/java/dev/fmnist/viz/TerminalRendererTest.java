package dev.fmnist.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Image;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalRendererTest {
    /** A 4x2 image: top row black, second row white, then two mid-gray rows. */
    private static Image image() {
        byte[] p = {0, 0, (byte) 255, (byte) 255, (byte) 128, (byte) 128, (byte) 128, (byte) 128};
        return new Image(p, 0, 4, 2, 3);
    }

    @Test
    void shadeAndAsciiAverageTwoRowsPerLine() {
        TextPicture shade = new TerminalRenderer(TerminalStyle.SHADE).render(image());
        assertEquals(List.of("\u2592\u2592", "\u2592\u2592"), shade.lines());
        assertEquals(2, shade.width());
        TextPicture ascii = new TerminalRenderer(TerminalStyle.ASCII).render(image());
        assertEquals(List.of("==", "++"), ascii.lines());
    }

    @Test
    void ansiUsesHalfBlocksWithTopAsForegroundAndBottomAsBackground() {
        TextPicture ansi = new TerminalRenderer(TerminalStyle.ANSI).render(image());
        assertEquals(2, ansi.height());
        assertTrue(ansi.lines().get(0).startsWith("\u001B[38;5;16;48;5;231m\u2580"), ansi.lines().get(0));
        assertTrue(ansi.lines().get(0).endsWith("\u001B[0m"));
        assertEquals(16, TerminalRenderer.gray256(0));
        assertEquals(231, TerminalRenderer.gray256(255));
        assertEquals(244, TerminalRenderer.gray256(128));
    }

    @Test
    void sideBySideWrapsToTheWidthAndCutsCaptions() {
        TextPicture p = new TextPicture(List.of("ab", "cd"), 2);
        List<String> lines = TerminalRenderer.sideBySide(List.of(p, p, p), List.of("one", "2", "3"), 7, 1);
        assertEquals(List.of("on 2", "ab ab", "cd cd", "3", "ab", "cd"), lines);
    }
}
