package dev.fmnist.dashboard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Maps from synthetic embed files: points whose columns are not what fmnist embed writes are refused, not coerced. */
class EmbeddingEntriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MAP = "{\"method\":\"pca\",\"seed\":1,\"datasets\":[{\"dataset\":\"fashion\","
            + "\"label_names\":[\"a\",\"b\",\"c\"],\"index\":[0,7],\"split\":[\"test\",\"train\"],\"label\":[2,0],"
            + "\"x\":[0.5,-1.25],\"y\":[3,4]}]}";

    @TempDir
    Path dir;

    @Test
    void pointsWithColumnsOutOfTheirRangeMakeTheMapAWarning() throws IOException {
        Map<String, String[]> bad = new TreeMap<>(Map.of(
                "index", new String[] {"[0,7]", "[0,-7]", "point 1 has index -7, not a whole number from 0 to "},
                "text", new String[] {"[0,7]", "[0,\"7\"]", "point 1 has index \"7\", not a whole number"},
                "label", new String[] {"[2,0]", "[3,0]", "point 0 has label 3, not a whole number from 0 to 2"},
                "split", new String[] {"\"train\"]", "\"validation\"]", "point 1 has split \"validation\", not train "
                        + "or test"},
                "x", new String[] {"-1.25", "\"left\"", "point 1 has x \"left\", not a finite number"},
                "infinite", new String[] {"[3,4]", "[3,1e400]", "point 1 has y \"Infinity\", not a finite number"},
                "dataset", new String[] {"\"fashion\"", "7", "a panel lacks its dataset"}));
        for (Map.Entry<String, String[]> b : bad.entrySet()) {
            Files.writeString(dir.resolve(b.getKey() + ".json"), MAP.replace(b.getValue()[0], b.getValue()[1]));
        }
        Files.writeString(dir.resolve("zgood.json"), MAP);
        Entries e = new EmbeddingEntries(JSON).read(List.of(dir));
        assertEquals(1, e.entries().size(), e.entries().toString());
        assertEquals(dir.resolve("zgood.json").toString(), e.entries().get(0).get("source_file").asText());
        assertEquals(bad.size(), e.warnings().size(), e.warnings().toString());
        int i = 0;
        for (Map.Entry<String, String[]> b : bad.entrySet()) {
            String w = e.warnings().get(i++);
            String start = dir.resolve(b.getKey() + ".json") + ": not a map fmnist embed wrote (" + b.getValue()[2];
            assertEquals(start, w.substring(0, Math.min(w.length(), start.length())), w);
        }
    }
}
