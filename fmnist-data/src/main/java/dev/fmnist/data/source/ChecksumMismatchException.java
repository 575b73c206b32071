package dev.fmnist.data.source;

import java.io.IOException;

/** A file whose checksum differs from the registered one: it is corrupt, truncated, or another dataset's file. */
public class ChecksumMismatchException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String expected;
    private final String actual;

    /**
     * @param file     the file, as a person would find it (a path, or a name and the mirror it came from)
     * @param what     which checksum, for example {@code SHA-256 of the decompressed data} or {@code gzip MD5}
     * @param expected the registered value
     * @param actual   the value computed from the file
     */
    public ChecksumMismatchException(String file, String what, String expected, String actual) {
        this(file, what, expected, actual, "the file is corrupt, truncated or not this dataset's file");
    }

    /**
     * @param diagnosis what the mismatch means, for example {@code it is MNIST's train-images-idx3-ubyte}
     */
    public ChecksumMismatchException(String file, String what, String expected, String actual, String diagnosis) {
        super(file + ": checksum mismatch: " + what + " is " + actual + ", expected " + expected + "; " + diagnosis);
        this.file = file;
        this.expected = expected;
        this.actual = actual;
    }

    public String file() {
        return file;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }
}
