package dev.fmnist.data.format;

import dev.fmnist.data.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes unsigned-byte arrays as NumPy {@code .npy} files (format version 1.0, dtype {@code uint8}, C order), which
 * {@code numpy.load} reads as they are.
 */
public final class NpyWriter {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    /** NumPy pads the preamble (magic, version, header length, header) to a multiple of 64 bytes. */
    private static final int ALIGN = 64;

    private NpyWriter() {
    }

    /** Writes {@code data} with the given shape (its product must be {@code data.length}) atomically. */
    public static void writeUnsignedBytes(Path file, byte[] data, int... shape) throws IOException {
        long elements = Arrays.stream(shape).asLongStream().reduce(1, (a, b) -> a * b);
        if (shape.length == 0 || elements != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + elements
                    + " elements but the array has " + data.length);
        }
        AtomicFiles.write(file, out -> {
            out.write(preamble("|u1", shape));
            out.write(data);
        });
    }

    /** The preamble of an array: magic, version 1.0, header length (little-endian) and the space-padded header. */
    static byte[] preamble(String descr, int... shape) {
        String dims = Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        String header = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': ("
                + dims + (shape.length == 1 ? "," : "") + "), }";
        int unpadded = MAGIC.length + 2 + header.length() + 1;
        int padded = (unpadded + ALIGN - 1) / ALIGN * ALIGN;
        header = header + " ".repeat(padded - unpadded) + "\n";
        byte[] h = header.getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(MAGIC, padded);
        out[MAGIC.length] = (byte) (h.length & 0xFF);
        out[MAGIC.length + 1] = (byte) (h.length >>> 8);
        System.arraycopy(h, 0, out, MAGIC.length + 2, h.length);
        return out;
    }
}
