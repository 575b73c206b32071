package dev.fmnist.data.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes tar archives byte by byte for tests, including ones no tar program writes: any entry type, any size field
 * (octal or raw base-256 bytes), content shorter or longer than declared. Each header gets a valid checksum.
 */
public final class TarBuilder {
    private static final int BLOCK = 512;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** A regular file with its content. */
    public TarBuilder file(String name, byte[] content) {
        return entry(name, '0', octal(content.length, 12), content);
    }

    /** A GNU long-name record ({@code ././@LongLink}, type L) for the entry after it. */
    public TarBuilder longName(String name) {
        byte[] b = (name + "\0").getBytes(StandardCharsets.UTF_8);
        return entry("././@LongLink", 'L', octal(b.length, 12), b);
    }

    /** A directory entry. */
    public TarBuilder directory(String name) {
        return entry(name, '5', octal(0, 12), new byte[0]);
    }

    /**
     * An entry with a raw 12-byte size field (for example base-256 bytes) followed by {@code content} as it is,
     * padded to whole blocks.
     */
    public TarBuilder entry(String name, char type, byte[] sizeField, byte[] content) {
        byte[] h = new byte[BLOCK];
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(n, 0, h, 0, Math.min(n.length, 100));
        put(h, 100, octal(0644, 8));
        put(h, 108, octal(0, 8));
        put(h, 116, octal(0, 8));
        put(h, 124, sizeField);
        put(h, 136, octal(0, 12));
        h[156] = (byte) type;
        put(h, 257, "ustar\0".getBytes(StandardCharsets.US_ASCII));
        put(h, 263, "00".getBytes(StandardCharsets.US_ASCII));
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xFF;
        }
        put(h, 148, octal(sum, 8));
        out.writeBytes(h);
        out.writeBytes(content);
        out.writeBytes(new byte[(BLOCK - content.length % BLOCK) % BLOCK]);
        return this;
    }

    /** The archive so far, ended by two zero blocks. */
    public byte[] build() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(out.toByteArray());
        all.writeBytes(new byte[2 * BLOCK]);
        return all.toByteArray();
    }

    /** A size field of {@code len} bytes holding {@code v} in octal, NUL-terminated. */
    public static byte[] octal(long v, int len) {
        String s = String.format("%0" + (len - 1) + "o", v);
        byte[] b = new byte[len];
        System.arraycopy(s.getBytes(StandardCharsets.US_ASCII), 0, b, 0, len - 1);
        return b;
    }

    /** A 12-byte base-256 size field (GNU): the high bit set, then {@code v} big-endian (negative: all ones). */
    public static byte[] base256(long v) {
        byte[] b = new byte[12];
        for (int i = 11; i >= 4; i--) {
            b[i] = (byte) (v >>> (8 * (11 - i)));
        }
        for (int i = 0; i < 4; i++) {
            b[i] = (byte) (v < 0 ? 0xFF : 0);
        }
        b[0] |= (byte) 0x80;
        return b;
    }

    private static void put(byte[] h, int off, byte[] v) {
        System.arraycopy(v, 0, h, off, v.length);
    }
}
