package dev.fmnist.cli;

import java.awt.AWTError;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.function.Supplier;

/** Draws pictures with text, turning a Java runtime without fonts into a one-line failure that says what to do. */
public final class Pictures {
    private Pictures() {
    }

    /**
     * Runs {@code drawing}.
     *
     * @param what      what needs the font, for example {@code drawing the class names}
     * @param otherwise what the user can do instead of installing a font, or null
     * @throws IOException when the runtime found no font
     */
    public static BufferedImage draw(String what, Supplier<BufferedImage> drawing, String otherwise)
            throws IOException {
        try {
            return drawing.get();
        } catch (AWTError | InternalError | LinkageError e) {
            throw new IOException(what + " needs a font, and this Java runtime found none (" + e
                    + "); install fontconfig and a font (Debian: fonts-dejavu-core)"
                    + (otherwise == null ? "" : ", or " + otherwise), e);
        }
    }
}
