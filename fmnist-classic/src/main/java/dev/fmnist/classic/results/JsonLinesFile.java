package dev.fmnist.classic.results;

import com.fasterxml.jackson.core.JsonProcessingException;
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

/**
 * An append-only file of JSON lines, one record a line, each line written and flushed to disk as it is appended.
 * Opening it repairs what a killed writer leaves behind: a last line without its newline is cut off, after the
 * file as it was is saved beside it. Complete lines that are not records are kept, skipped, and reported.
 */
final class JsonLinesFile<T> implements AutoCloseable {
    private final Path file;
    private final Class<T> type;
    private final List<T> records = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final FileChannel channel;

    JsonLinesFile(Path file, Class<T> type) throws IOException {
        this.file = file;
        this.type = type;
        if (Files.exists(file)) {
            load(repair(Files.readAllBytes(file)));
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

    private byte[] repair(byte[] bytes) throws IOException {
        if (bytes.length == 0 || bytes[bytes.length - 1] == '\n') {
            return bytes;
        }
        int keep = bytes.length;
        while (keep > 0 && bytes[keep - 1] != '\n') {
            keep--;
        }
        Path backup = file.resolveSibling(file.getFileName() + "." + Instant.now().getEpochSecond() + ".bak");
        AtomicFiles.write(backup, out -> out.write(bytes));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(keep);
            ch.force(true);
        }
        warnings.add(file.getFileName() + " ended in a partial line (a run was interrupted): removed its "
                + (bytes.length - keep) + " bytes; the file as it was is saved as " + backup.getFileName());
        byte[] kept = new byte[keep];
        System.arraycopy(bytes, 0, kept, 0, keep);
        return kept;
    }

    private void load(byte[] bytes) {
        Lines<T> lines = parse(bytes, type);
        records.addAll(lines.records());
        for (int i = 0; i < lines.badLines().size(); i++) {
            warnings.add(file.getFileName() + " line " + lines.badLines().get(i) + " is not a valid record, ignored ("
                    + lines.problems().get(i) + ")");
        }
    }

    /**
     * The records of a file's lines, and the lines that are not records.
     *
     * @param records  the records, in file order
     * @param badLines the numbers (from 1) of the non-blank lines that are not records
     * @param problems what is wrong with each of them
     */
    record Lines<T>(List<T> records, List<Integer> badLines, List<String> problems) {
    }

    /** Parses JSON lines; blank lines are skipped, lines that are not records are listed. */
    static <T> Lines<T> parse(byte[] bytes, Class<T> type) {
        Lines<T> out = new Lines<>(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                out.records().add(Json.MAPPER.readValue(lines[i], type));
            } catch (JsonProcessingException e) {
                out.badLines().add(i + 1);
                out.problems().add(e.getOriginalMessage());
            }
        }
        return out;
    }
}
