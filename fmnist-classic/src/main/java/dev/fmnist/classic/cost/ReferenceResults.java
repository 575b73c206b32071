package dev.fmnist.classic.cost;

import dev.fmnist.classic.results.Json;
import dev.fmnist.classic.results.ResultRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The complete reproduction that fmnist ships ({@code results/reference/results.jsonl} of the repository, packaged
 * into the jar): the original grid run on the local engine of one machine, the built-in figures of the cost model
 * and what the leaderboard shows before a user has results of their own.
 */
public final class ReferenceResults {
    /** Where the build packages the reference results file. */
    static final String RESOURCE = "/dev/fmnist/classic/reference/results.jsonl";
    /** The longest line read; a reference line is a few kilobytes. */
    private static final int MAX_LINE = 1 << 20;

    private ReferenceResults() {
    }

    /** The shipped results, latest line per configuration and dataset; empty when the jar has none. */
    public static List<ResultRecord> load() {
        try (InputStream in = ReferenceResults.class.getResourceAsStream(RESOURCE)) {
            return in == null ? List.of() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reference results in the jar", e);
        }
    }

    static List<ResultRecord> read(InputStream in) throws IOException {
        List<ResultRecord> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.length() > MAX_LINE) {
                continue;
            }
            try {
                ResultRecord r = Json.MAPPER.readValue(line, ResultRecord.class);
                if (r != null && r.name() != null && r.parameter() != null && r.dataset() != null
                        && r.status() != null) {
                    out.add(r);
                }
            } catch (IOException e) {
                // a line the build shipped damaged is left out; the rest still serve
            }
        }
        return out;
    }
}
