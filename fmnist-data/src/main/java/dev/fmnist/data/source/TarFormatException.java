package dev.fmnist.data.source;

import java.io.IOException;

/** A stream that is not a tar archive, or a corrupt one; the message says what is wrong. */
final class TarFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    TarFormatException(String problem) {
        super("not a tar archive, or a corrupt one (" + problem + ")");
    }
}
