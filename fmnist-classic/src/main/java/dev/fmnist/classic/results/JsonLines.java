package dev.fmnist.classic.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a file of JSON lines a line at a time, each line bounded: the records that are full records, and for every
 * other non-blank line (not JSON, {@code null}, {@code {}}, a record lacking a field, a line over
 * {@link #MAX_LINE_BYTES}) its number and what is wrong with it. Shared by the results store, which repairs and
 * appends, and the results reader, which only reads while a benchmark may be writing.
 */
final class JsonLines {
    /** The longest line read as a record (a result line is a few kilobytes, with its mistakes a few tens). */
    static final int MAX_LINE_BYTES = 1 << 20;

    private JsonLines() {
    }

    /**
     * What a file held.
     *
     * @param records  the full records, in file order
     * @param badLines the numbers (from 1) of the other non-blank lines
     * @param problems what is wrong with each of them, control characters shown as {@code ?}
     */
    record Read<T>(List<T> records, List<Integer> badLines, List<String> problems) {
    }

    /**
     * @param missing what a parsed record lacks to be a full record, or null when it is complete
     */
    static <T> Read<T> read(Path file, Class<T> type, Function<T, String> missing) throws IOException {
        Read<T> out = new Read<>(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            int number = 1;
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b != '\n') {
                    tooLong |= line.size() >= MAX_LINE_BYTES;
                    if (!tooLong) {
                        line.write(b);
                    }
                    continue;
                }
                if (tooLong) {
                    bad(out, number, "longer than " + MAX_LINE_BYTES + " bytes");
                } else {
                    parse(out, number, line.toString(StandardCharsets.UTF_8), type, missing);
                }
                line.reset();
                tooLong = false;
                number++;
            }
        }
        return out;
    }

    private static <T> void parse(Read<T> out, int number, String line, Class<T> type, Function<T, String> missing) {
        if (line.isBlank()) {
            return;
        }
        T record;
        try {
            record = Json.MAPPER.readValue(line, type);
        } catch (JsonProcessingException e) {
            bad(out, number, "not a valid record: " + e.getOriginalMessage());
            return;
        }
        String lacks = record == null ? "it is null" : missing.apply(record);
        if (lacks != null) {
            bad(out, number, "not a full record: " + lacks);
        } else {
            out.records().add(record);
        }
    }

    private static void bad(Read<?> out, int number, String why) {
        out.badLines().add(number);
        out.problems().add(why.replaceAll("\\p{Cntrl}", "?"));
    }
}
