package dev.fmnist.data.idx;

import java.io.IOException;

/** A file or stream that is not valid IDX data; the message says what is wrong and where. */
public class IdxFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public IdxFormatException(String message) {
        super(message);
    }

    public IdxFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
