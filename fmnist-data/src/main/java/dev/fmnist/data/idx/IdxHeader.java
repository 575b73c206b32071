package dev.fmnist.data.idx;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The header of an IDX file: element type and dimension sizes.
 * The encoded header is the magic number {@code 00 00 type rank} followed by one big-endian 32-bit size per dimension.
 */
public final class IdxHeader {
    private final IdxType type;
    private final int[] dims;

    /**
     * @param type element type
     * @param dims one size per dimension, at least one, none negative
     */
    public IdxHeader(IdxType type, int... dims) {
        if (dims.length == 0) {
            throw new IllegalArgumentException("an IDX array needs at least one dimension");
        }
        if (dims.length > 255) {
            throw new IllegalArgumentException("an IDX array has at most 255 dimensions, not " + dims.length);
        }
        for (int d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension size " + d + " in " + Arrays.toString(dims));
            }
        }
        this.type = type;
        this.dims = dims.clone();
    }

    public IdxType type() {
        return type;
    }

    /** A copy of the dimension sizes. */
    public int[] dims() {
        return dims.clone();
    }

    public int rank() {
        return dims.length;
    }

    public int dim(int i) {
        return dims[i];
    }

    /** Number of elements: the product of all dimension sizes. */
    public long elementCount() {
        long n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    /** Number of data bytes that follow the header. */
    public long payloadBytes() {
        return elementCount() * type.width();
    }

    /** Length of the encoded header: 4 bytes of magic and 4 per dimension. */
    public int headerBytes() {
        return 4 + 4 * dims.length;
    }

    /** The 32-bit magic number, e.g. 0x00000803 for unsigned-byte images. */
    public int magic() {
        return (type.code() << 8) | dims.length;
    }

    /** The header as it is written at the start of an IDX file. */
    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(headerBytes());
        b.putInt(magic());
        for (int d : dims) {
            b.putInt(d);
        }
        return b.array();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdxHeader h && h.type == type && Arrays.equals(h.dims, dims);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(dims);
    }

    /** For example {@code unsigned byte [60000 x 28 x 28]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(type.name().toLowerCase().replace('_', ' ')).append(" [");
        for (int i = 0; i < dims.length; i++) {
            sb.append(i == 0 ? "" : " x ").append(dims[i]);
        }
        return sb.append(']').toString();
    }
}
