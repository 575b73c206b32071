package dev.fmnist.data.source;

import dev.fmnist.data.io.PrintableText;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the regular files of a tar stream (POSIX ustar, GNU long names, pax {@code path} records), one after
 * another, without extracting anything to disk. Nothing in a header is trusted: a negative or unrepresentable size
 * and a long-name or pax record larger than {@link #MAX_RECORD} are corrupt archives ({@link TarFormatException}),
 * and a long name applies only to the entry right after it.
 */
final class TarReader {
    private static final int BLOCK = 512;
    /** The most a GNU long-name or pax extended-header record may hold; real ones hold one path. */
    static final int MAX_RECORD = 4096;

    private final InputStream in;
    private long remaining;
    private long padding;

    /** A regular file in the archive: its path as stored (for example {@code ./usr/share/x.gz}) and size. */
    record Entry(String name, long size) {
    }

    TarReader(InputStream in) {
        this.in = in;
    }

    /** The next regular file, or null at the end of the archive; its content is {@link #content()}. */
    Entry next() throws IOException {
        skip(remaining);
        skip(padding);
        remaining = 0;
        padding = 0;
        String longName = null;
        while (true) {
            byte[] h = in.readNBytes(BLOCK);
            if (h.length == 0 || isZero(h)) {
                return null;
            }
            if (h.length < BLOCK) {
                throw new EOFException("the tar archive ends inside a header");
            }
            checkHeader(h);
            long size = number(h, 124, 12);
            if (size < 0) {
                throw new TarFormatException("the entry '" + PrintableText.of(name(h)) + "' declares a negative size ("
                        + size + ")");
            }
            char type = (char) h[156];
            if (type == '0' || type == 0) {
                remaining = size;
                padding = padding(size);
                return new Entry(longName != null ? longName : name(h), size);
            }
            if (type == 'L') {
                longName = text(size, "GNU long-name").replace("\0", "");
            } else if (type == 'x') {
                longName = paxPath(text(size, "pax extended-header"), longName);
            } else {
                skip(size);
                skip(padding(size));
                if (type != 'K' && type != 'g') { // a long link name or global pax header: still before the entry
                    longName = null; // a long name belongs to the entry right after it, never to a later file
                }
            }
        }
    }

    /** The content of the current entry; reading past its end returns end of stream. */
    InputStream content() {
        return new ChunkInputStream() {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (remaining == 0) {
                    return -1;
                }
                int n = in.read(b, off, (int) Math.min(len, remaining));
                if (n < 0) {
                    throw new EOFException("the tar archive ends inside a file");
                }
                remaining -= n;
                return n;
            }
        };
    }

    private static long padding(long size) {
        return (BLOCK - size % BLOCK) % BLOCK;
    }

    private String text(long size, String what) throws IOException {
        if (size > MAX_RECORD) {
            throw new TarFormatException(String.format(Locale.ROOT, "a %s record of %,d bytes, more than the %,d "
                    + "a path can need", what, size, MAX_RECORD));
        }
        byte[] b = in.readNBytes((int) size);
        if (b.length < size) {
            throw new EOFException("the tar archive ends inside a " + what + " record");
        }
        skip(padding(size));
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The {@code path} of pax extended-header records ({@code "<length> path=<value>\n"}), else {@code current}. */
    private static String paxPath(String records, String current) {
        for (String record : records.split("\n")) {
            int eq = record.indexOf('=');
            int space = record.indexOf(' ');
            if (space >= 0 && eq > space && record.substring(space + 1, eq).equals("path")) {
                return record.substring(eq + 1);
            }
        }
        return current;
    }

    private static String name(byte[] h) {
        String name = string(h, 0, 100);
        String magic = string(h, 257, 6);
        String prefix = magic.startsWith("ustar") ? string(h, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static void checkHeader(byte[] h) throws IOException {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += i >= 148 && i < 156 ? ' ' : h[i] & 0xFF;
        }
        if (sum != number(h, 148, 8)) {
            throw new TarFormatException("header checksum mismatch");
        }
    }

    /**
     * An octal number field, or a base-256 one (first byte with the high bit set) as GNU tar writes large sizes; a
     * negative base-256 number (first byte {@code 0xFF}) is returned as negative.
     */
    private static long number(byte[] h, int off, int len) throws IOException {
        if ((h[off] & 0x80) != 0) {
            long v = (h[off] & 0x40) != 0 ? -1 : 0; // two's complement: bit 6 is the sign
            v = (v << 6) | (h[off] & 0x3F);
            for (int i = 1; i < len; i++) {
                if (v > Long.MAX_VALUE >> 8 || v < Long.MIN_VALUE >> 8) {
                    throw new TarFormatException("a base-256 number in the header does not fit in 63 bits");
                }
                v = (v << 8) | (h[off + i] & 0xFF);
            }
            return v;
        }
        String s = string(h, off, len).trim();
        try {
            return s.isEmpty() ? 0 : Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            throw new TarFormatException("the header holds '" + PrintableText.of(s) + "' as a number");
        }
    }

    private static String string(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) {
            end++;
        }
        return new String(h, off, end - off, StandardCharsets.UTF_8);
    }

    private static boolean isZero(byte[] h) {
        for (byte b : h) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private void skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the tar archive ends early");
                }
                s = 1;
            }
            left -= s;
        }
    }
}
