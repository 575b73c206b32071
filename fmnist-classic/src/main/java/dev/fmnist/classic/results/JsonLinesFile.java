package dev.fmnist.classic.results;

import dev.fmnist.data.io.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An append-only file of JSON lines, one record a line, each line written and flushed to disk as it is appended.
 * Opening it repairs what a killed writer leaves behind: a last line without its newline is cut off, after the
 * file as it was is saved beside it. Complete lines that are not full records (not JSON, {@code null}, {@code {}},
 * a record lacking a field, a line longer than {@link JsonLines#MAX_LINE_BYTES}) are kept, skipped, counted and
 * reported. The file is read a line at a time ({@link JsonLines}), so its size never has to fit in memory.
 */
final class JsonLinesFile<T> implements AutoCloseable {
    /** Skipped lines reported one by one; the rest are only counted. */
    private static final int REPORTED_LINES = 5;

    private final Path file;
    private final Class<T> type;
    private final Function<T, String> missing;
    private final List<T> records = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final FileChannel channel;
    private int skipped;

    /**
     * @param missing what a parsed record lacks to be a full record, or null when it is complete
     */
    JsonLinesFile(Path file, Class<T> type, Function<T, String> missing) throws IOException {
        this.file = file;
        this.type = type;
        this.missing = missing;
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a directory, not a results file; move it away or give another --out");
        }
        if (Files.exists(file)) {
            repair();
            load();
        }
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    /** The records read when the file was opened, in file order. */
    List<T> records() {
        return records;
    }

    /** What opening the file had to repair or skip. */
    List<String> warnings() {
        return warnings;
    }

    /** Complete lines that were not full records. */
    int skipped() {
        return skipped;
    }

    /** Appends one record as a line and forces it to disk. */
    synchronized void append(T record) throws IOException {
        byte[] line = (Json.MAPPER.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Cuts off a last line without its newline, saving the file as it was beside it. */
    private void repair() throws IOException {
        long size = Files.size(file);
        long keep;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            keep = afterLastNewline(ch, size);
        }
        if (keep == size) {
            return;
        }
        Path backup = file.resolveSibling(file.getFileName() + "." + Instant.now().getEpochSecond() + ".bak");
        AtomicFiles.write(backup, out -> Files.copy(file, out));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(keep);
            ch.force(true);
        }
        warnings.add(file.getFileName() + " ended in a partial line (a run was interrupted): removed its "
                + (size - keep) + " bytes; the file as it was is saved as " + backup.getFileName());
    }

    /** The position just after the last newline of the file's first {@code size} bytes (0 if there is none). */
    private static long afterLastNewline(FileChannel ch, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (long end = size; end > 0; ) {
            long start = Math.max(0, end - buffer.capacity());
            buffer.clear().limit((int) (end - start));
            while (buffer.hasRemaining() && ch.read(buffer, start + buffer.position()) >= 0) {
                // read the whole chunk
            }
            for (int i = buffer.position() - 1; i >= 0; i--) {
                if (buffer.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return 0;
    }

    private void load() throws IOException {
        JsonLines.Read<T> read = JsonLines.read(file, type, missing);
        records.addAll(read.records());
        skipped = read.badLines().size();
        for (int i = 0; i < Math.min(skipped, REPORTED_LINES); i++) {
            warnings.add(file.getFileName() + " line " + read.badLines().get(i) + " is " + read.problems().get(i)
                    + "; ignored");
        }
        if (skipped > REPORTED_LINES) {
            warnings.add(file.getFileName() + ": " + skipped + " lines in all are not full records and were ignored");
        }
    }
}
