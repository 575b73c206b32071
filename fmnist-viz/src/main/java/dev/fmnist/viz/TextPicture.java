package dev.fmnist.viz;

import java.util.List;

/**
 * An image drawn as lines of text.
 *
 * @param lines the lines, without line breaks (they may hold ANSI escape sequences)
 * @param width how many terminal columns each line occupies when shown
 */
public record TextPicture(List<String> lines, int width) {
    public TextPicture {
        lines = List.copyOf(lines);
    }

    public int height() {
        return lines.size();
    }
}
