package dev.fmnist.data.source;

import java.io.IOException;

/**
 * A file that no registered checksum can verify (Kuzushiji-MNIST publishes only the MD5 of its original gzip files,
 * so a decompressed or re-compressed copy of it cannot be checked). Such a file is never used as data.
 */
public class UnverifiableFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public UnverifiableFileException(String message) {
        super(message);
    }
}
