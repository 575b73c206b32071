package dev.fmnist.data.source;

import java.io.IOException;
import java.io.InputStream;

/** An input stream that reads only in chunks: a single-byte read is a chunk read of one byte. */
abstract class ChunkInputStream extends InputStream {
    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public abstract int read(byte[] b, int off, int len) throws IOException;
}
