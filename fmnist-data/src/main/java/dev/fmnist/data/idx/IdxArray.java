package dev.fmnist.data.idx;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * An IDX array in memory: its header and one contiguous Java array of its elements in row-major order.
 * Unsigned and signed bytes are held as {@code byte[]}, shorts as {@code short[]}, ints as {@code int[]},
 * floats as {@code float[]} and doubles as {@code double[]}.
 */
public final class IdxArray {
    private final IdxHeader header;
    private final Object data;

    private IdxArray(IdxHeader header, Object data, int length) {
        if (header.elementCount() != length) {
            throw new IllegalArgumentException("shape " + header + " holds " + header.elementCount()
                    + " elements but the array has " + length);
        }
        this.header = header;
        this.data = data;
    }

    /** Unsigned bytes (type 0x08), the type of every MNIST-family image and label file. */
    public static IdxArray ofUnsignedBytes(byte[] data, int... dims) {
        return new IdxArray(new IdxHeader(IdxType.UNSIGNED_BYTE, dims), data, data.length);
    }

    public static IdxArray ofSignedBytes(byte[] data, int... dims) {
        return new IdxArray(new IdxHeader(IdxType.SIGNED_BYTE, dims), data, data.length);
    }

    public static IdxArray ofShorts(short[] data, int... dims) {
        return new IdxArray(new IdxHeader(IdxType.SHORT, dims), data, data.length);
    }

    public static IdxArray ofInts(int[] data, int... dims) {
        return new IdxArray(new IdxHeader(IdxType.INT, dims), data, data.length);
    }

    public static IdxArray ofFloats(float[] data, int... dims) {
        return new IdxArray(new IdxHeader(IdxType.FLOAT, dims), data, data.length);
    }

    public static IdxArray ofDoubles(double[] data, int... dims) {
        return new IdxArray(new IdxHeader(IdxType.DOUBLE, dims), data, data.length);
    }

    /** Decodes big-endian element bytes (as they follow the header in a file) into an array of the header's type. */
    static IdxArray decode(IdxHeader header, byte[] raw) {
        int n = (int) header.elementCount();
        ByteBuffer buf = ByteBuffer.wrap(raw);
        int[] dims = header.dims();
        switch (header.type()) {
            case UNSIGNED_BYTE:
                return ofUnsignedBytes(raw, dims);
            case SIGNED_BYTE:
                return ofSignedBytes(raw, dims);
            case SHORT: {
                short[] a = new short[n];
                buf.asShortBuffer().get(a);
                return ofShorts(a, dims);
            }
            case INT: {
                int[] a = new int[n];
                buf.asIntBuffer().get(a);
                return ofInts(a, dims);
            }
            case FLOAT: {
                float[] a = new float[n];
                buf.asFloatBuffer().get(a);
                return ofFloats(a, dims);
            }
            case DOUBLE: {
                double[] a = new double[n];
                buf.asDoubleBuffer().get(a);
                return ofDoubles(a, dims);
            }
            default:
                throw new AssertionError(header.type());
        }
    }

    /** The elements as big-endian bytes, as they follow the header in a file. */
    byte[] encodeData() {
        if (data instanceof byte[] b) {
            return b;
        }
        ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(header.payloadBytes()));
        if (data instanceof short[] a) {
            buf.asShortBuffer().put(a);
        } else if (data instanceof int[] a) {
            buf.asIntBuffer().put(a);
        } else if (data instanceof float[] a) {
            buf.asFloatBuffer().put(a);
        } else {
            buf.asDoubleBuffer().put((double[]) data);
        }
        return buf.array();
    }

    public IdxHeader header() {
        return header;
    }

    public IdxType type() {
        return header.type();
    }

    /** A copy of the dimension sizes. */
    public int[] shape() {
        return header.dims();
    }

    /** Number of elements. */
    public int size() {
        return (int) header.elementCount();
    }

    /** The backing array of an unsigned- or signed-byte array (not a copy). */
    public byte[] bytes() {
        return as(byte[].class);
    }

    /** The backing array of a short array (not a copy). */
    public short[] shorts() {
        return as(short[].class);
    }

    /** The backing array of an int array (not a copy). */
    public int[] ints() {
        return as(int[].class);
    }

    /** The backing array of a float array (not a copy). */
    public float[] floats() {
        return as(float[].class);
    }

    /** The backing array of a double array (not a copy). */
    public double[] doubles() {
        return as(double[].class);
    }

    /** Element {@code i} (row-major) as a double, whatever the type; unsigned bytes read as 0..255. */
    public double getDouble(int i) {
        switch (header.type()) {
            case UNSIGNED_BYTE:
                return ((byte[]) data)[i] & 0xFF;
            case SIGNED_BYTE:
                return ((byte[]) data)[i];
            case SHORT:
                return ((short[]) data)[i];
            case INT:
                return ((int[]) data)[i];
            case FLOAT:
                return ((float[]) data)[i];
            default:
                return ((double[]) data)[i];
        }
    }

    private <T> T as(Class<T> arrayClass) {
        if (!arrayClass.isInstance(data)) {
            throw new IllegalStateException("this IDX array holds " + header + ", not " + arrayClass.getSimpleName());
        }
        return arrayClass.cast(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdxArray a && a.header.equals(header) && Objects.deepEquals(a.data, data);
    }

    @Override
    public int hashCode() {
        return header.hashCode();
    }

    @Override
    public String toString() {
        return "IdxArray " + header;
    }
}
