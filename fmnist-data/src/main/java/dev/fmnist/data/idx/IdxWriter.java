package dev.fmnist.data.idx;

import dev.fmnist.data.io.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes IDX files, plain or gzipped, atomically (temporary file, then move). */
public final class IdxWriter {
    private IdxWriter() {
    }

    /** Writes {@code array} to {@code file}, gzipped if {@code gzip}. */
    public static void write(IdxArray array, Path file, boolean gzip) throws IOException {
        AtomicFiles.write(file, out -> {
            if (gzip) {
                // Closing the gzip stream also frees its native deflater at once (out may be closed twice: harmless).
                try (GZIPOutputStream g = new GZIPOutputStream(out, 1 << 16)) {
                    write(array, g);
                }
            } else {
                write(array, out);
            }
        });
    }

    /** Writes {@code array} as plain IDX (header, then data) to a stream. */
    public static void write(IdxArray array, OutputStream out) throws IOException {
        out.write(array.header().encode());
        out.write(array.encodeData());
    }
}
