package dev.fmnist.dashboard.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads files from outside with a size limit checked before and while reading. */
final class BoundedFiles {
    private BoundedFiles() {
    }

    /** The bytes of a file of at most {@code limit} bytes. */
    static byte[] read(Path file, long limit) throws IOException {
        long size = Files.size(file);
        if (size > limit) {
            throw new IOException(file + " is " + size + " bytes, more than the " + limit + " such a file can be");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, limit, file.toString());
        }
    }

    /** At most {@code limit} bytes of a stream; more is an error naming {@code what}. */
    static byte[] read(InputStream in, long limit, String what) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new IOException(what + " is more than the " + limit + " bytes such a file can be");
        }
        return bytes;
    }
}
