package dev.fmnist.data.format;

import dev.fmnist.data.Split;
import dev.fmnist.data.progress.Progress;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a CSV file in {@link KaggleCsv}'s layout (gzipped or not, judged by content) into a split. The header row
 * is optional; every data row must hold a label in {@code 0..classes-1} and 784 pixels in {@code 0..255}. The first
 * malformed row stops the read with a {@link CsvFormatException} naming the line, the column and what is wrong.
 */
public final class KaggleCsvReader {
    private static final int CHUNK = 1 << 16;
    private static final int MAX_FIELD = 32;
    private static final int MAX_HEADER = 1 << 16;

    /** The most rows one split holds: its pixels fill one Java array of at most 2^31 - 9 bytes. */
    static final int MAX_ROWS = (Integer.MAX_VALUE - 8) / (KaggleCsv.ROWS * KaggleCsv.COLS);

    private final String name;
    private final int classes;
    private final int maxRows;
    private final int pixels = KaggleCsv.ROWS * KaggleCsv.COLS;
    private byte[] images = new byte[1024 * pixels];
    private byte[] labels = new byte[1024];
    private int count;
    private int line = 1;
    private int column;
    private boolean lineHasContent;
    private int emptyLine;
    private final byte[] field = new byte[MAX_FIELD];
    private int fieldLength;

    private KaggleCsvReader(String name, int classes, int maxRows) {
        this.name = name;
        this.classes = classes;
        this.maxRows = maxRows;
    }

    /**
     * Reads {@code file} into a split named {@code splitName} whose labels name {@code labelNames}.
     *
     * @param progress told the number of file bytes read so far (its total should be the file's size)
     */
    public static Split read(Path file, String splitName, List<String> labelNames, Progress progress)
            throws IOException {
        return read(file, splitName, labelNames, progress, MAX_ROWS);
    }

    /** As {@link #read(Path, String, List, Progress)}, failing on a file of more than {@code maxRows} rows. */
    static Split read(Path file, String splitName, List<String> labelNames, Progress progress, int maxRows)
            throws IOException {
        KaggleCsvReader reader = new KaggleCsvReader(file.toString(), labelNames.size(), maxRows);
        try (CountingStream raw = new CountingStream(Files.newInputStream(file));
             InputStream in = decompressed(raw)) {
            reader.parse(in, raw, progress);
        } catch (ZipException e) {
            throw new CsvFormatException(file + ": corrupt gzip stream (" + e.getMessage() + ")");
        } catch (EOFException e) {
            throw new CsvFormatException(file + ": the gzip stream ends early: the file is truncated");
        }
        if (reader.count == 0) {
            throw new CsvFormatException(file + ": no data rows; expected a header row "
                    + "(label,pixel1,...,pixel784) and one row per image");
        }
        return new Split(splitName, Arrays.copyOf(reader.images, reader.count * reader.pixels),
                Arrays.copyOf(reader.labels, reader.count), KaggleCsv.ROWS, KaggleCsv.COLS, labelNames);
    }

    private static InputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, CHUNK);
        in.mark(2);
        boolean gzip = in.read() == 0x1F && in.read() == 0x8B;
        in.reset();
        return gzip ? new GZIPInputStream(in, CHUNK) : in;
    }

    private void parse(InputStream source, CountingStream raw, Progress progress) throws IOException {
        BufferedInputStream in = new BufferedInputStream(source, CHUNK);
        skipHeader(in);
        byte[] buf = new byte[CHUNK];
        for (int n; (n = in.read(buf)) > 0; ) {
            for (int i = 0; i < n; i++) {
                accept(buf[i]);
            }
            progress.update(raw.count, "");
        }
        if (lineHasContent) {
            endRow();
        }
    }

    /** Skips a UTF-8 byte order mark and the header row, checking the header's column count. */
    private void skipHeader(BufferedInputStream in) throws IOException {
        in.mark(MAX_HEADER);
        byte[] head = in.readNBytes(MAX_HEADER);
        int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        int end = start;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        String first = new String(head, start, end - start, StandardCharsets.UTF_8).strip();
        in.reset();
        in.skipNBytes(start);
        if (first.isEmpty() || !Character.isLetter(first.charAt(0))) {
            return;
        }
        int columns = first.split(",", -1).length;
        if (columns != KaggleCsv.COLUMNS || !first.split(",", 2)[0].strip().equalsIgnoreCase("label")) {
            throw new CsvFormatException(String.format(Locale.ROOT, "%s: line 1: the header has %d column%s "
                    + "starting with '%s'; Kaggle's layout has %d: label,pixel1,...,pixel784", name, columns,
                    columns == 1 ? "" : "s", shorten(first.split(",", 2)[0]), KaggleCsv.COLUMNS));
        }
        in.skipNBytes(Math.min(end + 1, head.length) - start);
        line = 2;
    }

    private void accept(byte b) throws CsvFormatException {
        switch (b) {
            case ',':
                lineHasContent = true;
                endField();
                break;
            case '\n':
                if (lineHasContent) {
                    endRow();
                } else if (emptyLine == 0) {
                    emptyLine = line;
                }
                line++;
                break;
            case '\r':
                break;
            default:
                lineHasContent = true;
                if (fieldLength < MAX_FIELD) {
                    field[fieldLength] = b;
                }
                fieldLength++;
        }
    }

    private void endRow() throws CsvFormatException {
        if (emptyLine != 0) {
            throw new CsvFormatException(name + ": line " + emptyLine + " is empty; every row needs a label and "
                    + pixels + " pixels");
        }
        endField();
        if (column != KaggleCsv.COLUMNS) {
            throw new CsvFormatException(String.format(Locale.ROOT, "%s: line %d has %d value%s; expected %d "
                    + "(a label and %d pixels)", name, line, column, column == 1 ? "" : "s", KaggleCsv.COLUMNS, pixels));
        }
        count++;
        column = 0;
        lineHasContent = false;
    }

    private void endField() throws CsvFormatException {
        column++;
        if (column <= KaggleCsv.COLUMNS) {
            int value = fieldValue();
            if (column == 1) {
                if (value >= classes) {
                    throw problem("label " + value + " is out of range 0.." + (classes - 1));
                }
                ensureCapacity();
                labels[count] = (byte) value;
            } else {
                images[count * pixels + column - 2] = (byte) value;
            }
        }
        fieldLength = 0;
    }

    /** The current field as an integer in 0..255, or a precise error. */
    private int fieldValue() throws CsvFormatException {
        if (fieldLength >= 1 && fieldLength <= 3) {
            int value = 0;
            for (int i = 0; i < fieldLength && value >= 0; i++) {
                int d = field[i] - '0';
                value = d >= 0 && d <= 9 ? value * 10 + d : -1;
            }
            if (value >= 0 && value <= 255) {
                return value;
            }
        }
        return unusualValue();
    }

    /** The slow path: spaces, signs, long or non-numeric text. */
    private int unusualValue() throws CsvFormatException {
        if (fieldLength > MAX_FIELD) {
            throw problem("'" + new String(field, 0, 20, StandardCharsets.UTF_8) + "...' is not an integer");
        }
        String text = new String(field, 0, fieldLength, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw problem("the value is empty");
        }
        if (!text.matches("[+-]?\\d+")) {
            throw problem("'" + shorten(text) + "' is not an integer");
        }
        String digits = text.replaceFirst("^[+-]?0*(?=\\d)", "");
        if (text.startsWith("-") && !digits.equals("0") || digits.length() > 3 || Integer.parseInt(digits) > 255) {
            throw problem(shorten(text) + " is out of range 0.." + (column == 1 ? classes - 1 : 255));
        }
        return Integer.parseInt(digits);
    }

    private CsvFormatException problem(String what) {
        return new CsvFormatException(String.format(Locale.ROOT, "%s: line %d, column %d (%s): %s", name, line,
                column, KaggleCsv.columnName(column), what));
    }

    private void ensureCapacity() throws CsvFormatException {
        if (count == labels.length) {
            if (count >= maxRows) {
                throw new CsvFormatException(String.format(Locale.ROOT, "%s: line %d: more than %,d rows, the most "
                        + "one split can hold (its %d-byte images fill one Java array); split the file", name, line,
                        maxRows, pixels));
            }
            labels = Arrays.copyOf(labels, (int) Math.min(2L * labels.length, maxRows));
            images = Arrays.copyOf(images, labels.length * pixels);
        }
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "..." : s;
    }

    /** Counts the bytes read from the file, for progress. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
