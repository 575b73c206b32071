package dev.fmnist.data.format;

import dev.fmnist.data.Split;
import dev.fmnist.data.io.AtomicFiles;
import dev.fmnist.data.progress.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes a split in {@link KaggleCsv}'s layout, atomically, optionally gzipped. */
public final class KaggleCsvWriter {
    /** The decimal text of each byte value 0..255, so that rows are written without formatting numbers. */
    private static final byte[][] DECIMAL = new byte[256][];
    private static final int PROGRESS_EVERY = 1000;

    static {
        for (int v = 0; v < 256; v++) {
            DECIMAL[v] = Integer.toString(v).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private KaggleCsvWriter() {
    }

    /** Writes {@code split} (28x28 images) to {@code file}, reporting the images written to {@code progress}. */
    public static void write(Split split, Path file, boolean gzip, Progress progress) throws IOException {
        if (split.rows() != KaggleCsv.ROWS || split.cols() != KaggleCsv.COLS) {
            throw new IllegalArgumentException("Kaggle's CSV layout holds 28x28 images, not "
                    + split.rows() + "x" + split.cols());
        }
        AtomicFiles.write(file, out -> {
            if (gzip) {
                GZIPOutputStream g = new GZIPOutputStream(out, 1 << 16);
                writeRows(split, g, progress);
                g.finish();
            } else {
                writeRows(split, out, progress);
            }
        });
    }

    private static void writeRows(Split split, OutputStream out, Progress progress) throws IOException {
        out.write((KaggleCsv.header() + "\n").getBytes(StandardCharsets.US_ASCII));
        byte[] pixels = split.images();
        int ppi = split.pixelsPerImage();
        byte[] row = new byte[4 * (ppi + 1)];
        for (int i = 0; i < split.count(); i++) {
            int n = put(row, 0, split.label(i));
            for (int p = i * ppi, end = p + ppi; p < end; p++) {
                row[n++] = ',';
                n = put(row, n, pixels[p] & 0xFF);
            }
            row[n++] = '\n';
            out.write(row, 0, n);
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.update(i + 1, "");
            }
        }
        progress.update(split.count(), "");
    }

    private static int put(byte[] row, int at, int value) {
        byte[] d = DECIMAL[value];
        System.arraycopy(d, 0, row, at, d.length);
        return at + d.length;
    }
}
