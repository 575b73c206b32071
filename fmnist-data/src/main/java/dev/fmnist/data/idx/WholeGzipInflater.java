package dev.fmnist.data.idx;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * An optional decompressor of whole gzip files, faster than {@code java.util.zip} (for example libdeflate, in the
 * {@code fmnist-libdeflate} module). {@link IdxReader} uses the first one found by {@link java.util.ServiceLoader}
 * for gzipped files once their header has been checked; without one, or whenever it declines, the streaming JDK
 * inflater runs, and it alone reports what is wrong with a damaged file.
 */
public interface WholeGzipInflater {
    /** What it is, for reports: for example {@code libdeflate (JNA)}. */
    String name();

    /**
     * Decompresses the single gzip member that fills {@code gzip} (position to limit).
     *
     * @param gzip the whole compressed file, usually memory-mapped
     * @param size the exact decompressed size
     * @return the decompressed bytes, or null when this input is not exactly one valid gzip member of {@code size}
     *         bytes (corrupt, truncated, concatenated members, trailing bytes)
     */
    Inflated inflate(ByteBuffer gzip, int size) throws IOException;

    /** Decompressed bytes, possibly outside the Java heap: valid until closed. */
    interface Inflated extends AutoCloseable {
        /** The decompressed bytes, from position 0. */
        ByteBuffer content();

        /** Frees the bytes. */
        @Override
        void close();
    }
}
