package dev.fmnist.viz;

import dev.fmnist.data.Image;
import java.util.ArrayList;
import java.util.List;

/** Draws dataset images in a terminal, and lays several of them out side by side with captions. */
public final class TerminalRenderer {
    private static final String UPPER_HALF = "\u2580";
    private static final String RESET = "\u001B[0m";
    private static final char[] SHADES = {' ', '\u2591', '\u2592', '\u2593', '\u2588'};
    private static final char[] ASCII_RAMP = " .:-=+*#%@".toCharArray();

    private final TerminalStyle style;

    public TerminalRenderer(TerminalStyle style) {
        this.style = style;
    }

    /** One image: {@code cols} columns wide and {@code rows / 2} lines high whatever the style. */
    public TextPicture render(Image image) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < image.rows(); r += 2) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < image.cols(); c++) {
                int top = image.get(r, c);
                int bottom = r + 1 < image.rows() ? image.get(r + 1, c) : 0;
                appendCell(line, top, bottom);
            }
            if (style == TerminalStyle.ANSI) {
                line.append(RESET);
            }
            lines.add(line.toString());
        }
        return new TextPicture(lines, image.cols());
    }

    private void appendCell(StringBuilder line, int top, int bottom) {
        switch (style) {
            case ANSI:
                line.append("\u001B[38;5;").append(gray256(top)).append(";48;5;").append(gray256(bottom)).append('m')
                        .append(UPPER_HALF);
                break;
            case SHADE:
                line.append(ramp(SHADES, (top + bottom) / 2));
                break;
            default:
                line.append(ramp(ASCII_RAMP, (top + bottom) / 2));
        }
    }

    /** The xterm 256-colour grayscale code (16 black, 232..255 grays, 231 white) nearest to a pixel value. */
    static int gray256(int pixel) {
        if (pixel < 4) {
            return 16;
        }
        if (pixel > 246) {
            return 231;
        }
        return 232 + Math.min(23, Math.max(0, Math.round((pixel - 8) / 10f)));
    }

    private static char ramp(char[] ramp, int pixel) {
        return ramp[pixel * ramp.length / 256];
    }

    /**
     * Pictures side by side, each with a caption line above it (cut to the picture's width), wrapped into as many
     * rows as {@code maxWidth} columns require. Returns the lines to print.
     */
    public static List<String> sideBySide(List<TextPicture> pictures, List<String> captions, int maxWidth, int gap) {
        if (pictures.size() != captions.size()) {
            throw new IllegalArgumentException(pictures.size() + " pictures but " + captions.size() + " captions");
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < pictures.size()) {
            int end = start + 1;
            int width = pictures.get(start).width();
            while (end < pictures.size() && width + gap + pictures.get(end).width() <= maxWidth) {
                width += gap + pictures.get(end).width();
                end++;
            }
            appendRow(out, pictures.subList(start, end), captions.subList(start, end), gap);
            start = end;
        }
        return out;
    }

    private static void appendRow(List<String> out, List<TextPicture> pictures, List<String> captions, int gap) {
        String space = " ".repeat(gap);
        StringBuilder head = new StringBuilder();
        int height = 0;
        for (int i = 0; i < pictures.size(); i++) {
            int w = pictures.get(i).width();
            String caption = captions.get(i);
            caption = caption.length() > w ? caption.substring(0, w) : caption;
            head.append(i == 0 ? "" : space).append(caption).append(" ".repeat(w - caption.length()));
            height = Math.max(height, pictures.get(i).height());
        }
        out.add(head.toString().stripTrailing());
        for (int line = 0; line < height; line++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < pictures.size(); i++) {
                TextPicture p = pictures.get(i);
                sb.append(i == 0 ? "" : space)
                        .append(line < p.height() ? p.lines().get(line) : " ".repeat(p.width()));
            }
            out.add(sb.toString());
        }
    }
}
