package dev.fmnist.data.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the regular files of a tar stream (POSIX ustar, GNU long names, pax {@code path} records), one after
 * another, without extracting anything to disk.
 */
final class TarReader {
    private static final int BLOCK = 512;

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
        skip(remaining + padding);
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
            char type = (char) h[156];
            if (type == '0' || type == 0) {
                remaining = size;
                padding = (BLOCK - size % BLOCK) % BLOCK;
                return new Entry(longName != null ? longName : name(h), size);
            }
            String data = type == 'L' || type == 'x' ? text(size) : null;
            if (data == null) {
                skip(size + (BLOCK - size % BLOCK) % BLOCK);
            } else if (type == 'L') {
                longName = data.replace("\0", "");
            } else {
                longName = paxPath(data, longName);
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

    private String text(long size) throws IOException {
        byte[] b = in.readNBytes((int) size);
        skip((BLOCK - size % BLOCK) % BLOCK);
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
            throw new IOException("not a tar archive, or a corrupt one (header checksum mismatch)");
        }
    }

    /** An octal number field, or a base-256 one (first byte with the high bit set) as GNU tar writes large sizes. */
    private static long number(byte[] h, int off, int len) throws IOException {
        if ((h[off] & 0x80) != 0) {
            long v = h[off] & 0x7F;
            for (int i = 1; i < len; i++) {
                v = (v << 8) | (h[off + i] & 0xFF);
            }
            return v;
        }
        String s = string(h, off, len).trim();
        try {
            return s.isEmpty() ? 0 : Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            throw new IOException("not a tar archive, or a corrupt one (the header holds '" + s + "' as a number)");
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
