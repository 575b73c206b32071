package dev.fmnist.data.io;

/**
 * Text from outside (file content, archive headers, a program's error output) made safe to print on one terminal
 * line: every control character (ESC, BEL, CR, LF, DEL, the C1 range...) becomes {@code ?}, so that a file cannot
 * move the cursor, change colours or ring the bell.
 */
public final class PrintableText {
    private PrintableText() {
    }

    /** {@code text} with each control character replaced by {@code ?}. */
    public static String of(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, '?');
            }
        }
        return sb == null ? text : sb.toString();
    }
}
