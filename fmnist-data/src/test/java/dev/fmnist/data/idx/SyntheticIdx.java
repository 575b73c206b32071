package dev.fmnist.data.idx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Small synthetic IDX arrays and raw files for tests. */
public final class SyntheticIdx {
    private SyntheticIdx() {
    }

    /** A random array of a type and shape, including the extreme values of the type. */
    public static IdxArray array(IdxType type, Random rnd, int... dims) {
        int n = 1;
        for (int d : dims) {
            n *= d;
        }
        switch (type) {
            case UNSIGNED_BYTE:
            case SIGNED_BYTE: {
                byte[] a = new byte[n];
                rnd.nextBytes(a);
                setEnds(a.length, i -> a[i] = i == 0 ? Byte.MIN_VALUE : Byte.MAX_VALUE);
                return type == IdxType.UNSIGNED_BYTE ? IdxArray.ofUnsignedBytes(a, dims) : IdxArray.ofSignedBytes(a, dims);
            }
            case SHORT: {
                short[] a = new short[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (short) rnd.nextInt();
                }
                setEnds(n, i -> a[i] = i == 0 ? Short.MIN_VALUE : Short.MAX_VALUE);
                return IdxArray.ofShorts(a, dims);
            }
            case INT: {
                int[] a = rnd.ints(n).toArray();
                setEnds(n, i -> a[i] = i == 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE);
                return IdxArray.ofInts(a, dims);
            }
            case FLOAT: {
                float[] a = new float[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (float) rnd.nextGaussian() * 1e3f;
                }
                setEnds(n, i -> a[i] = i == 0 ? Float.NaN : Float.NEGATIVE_INFINITY);
                return IdxArray.ofFloats(a, dims);
            }
            default: {
                double[] a = rnd.doubles(n).map(d -> (d - 0.5) * 1e300).toArray();
                setEnds(n, i -> a[i] = i == 0 ? -0.0 : Double.MIN_VALUE);
                return IdxArray.ofDoubles(a, dims);
            }
        }
    }

    private static void setEnds(int n, java.util.function.IntConsumer set) {
        if (n > 0) {
            set.accept(0);
            set.accept(n - 1);
        }
    }

    /** An unsigned-byte header (for example {@code 60000, 28, 28}) followed by {@code dataBytes} zero bytes. */
    public static byte[] unsignedBytes(long dataBytes, int... dims) {
        byte[] header = new IdxHeader(IdxType.UNSIGNED_BYTE, dims).encode();
        byte[] b = new byte[Math.toIntExact(header.length + dataBytes)];
        System.arraycopy(header, 0, b, 0, header.length);
        return b;
    }

    /** Raw header bytes: the magic {@code 00 00 type rank} and the given sizes, unsigned 32-bit big-endian. */
    public static byte[] header(int type, int rank, long... sizes) {
        byte[] b = new byte[4 + 4 * sizes.length];
        b[2] = (byte) type;
        b[3] = (byte) rank;
        for (int i = 0; i < sizes.length; i++) {
            for (int k = 0; k < 4; k++) {
                b[4 + 4 * i + k] = (byte) (sizes[i] >>> (24 - 8 * k));
            }
        }
        return b;
    }

    /** Gzips bytes. */
    public static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(plain);
        }
        return out.toByteArray();
    }

    /** A file's content, decompressed if it is gzipped. */
    public static byte[] decompressed(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (!startsWithGzipMagic(b)) {
            return b;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            return in.readAllBytes();
        }
    }

    public static boolean startsWithGzipMagic(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }
}
