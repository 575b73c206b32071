package dev.fmnist.dashboard.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The page's maps: {@code fmnist embed}'s JSON files ({@code {"method", "seed", "datasets": [...]}}, one panel per
 * dataset with the columns {@code index}, {@code split}, {@code label}, {@code x}, {@code y}), one entry per panel.
 * Other JSON files in the directories are passed over without a warning; a file that says it is a map but is not
 * a whole one gets a warning.
 */
final class EmbeddingEntries {
    /** The largest embedding file read: all 70,000 images of two datasets take about 8 MB. */
    static final long MAX_BYTES = 64L << 20;
    /** Significant digits kept of each coordinate: a map is drawn on a few hundred pixels. */
    static final int DIGITS = 4;

    /** The splits a point can come from. */
    private static final Set<String> SPLITS = Set.of("train", "test");

    private final ObjectMapper json;

    EmbeddingEntries(ObjectMapper json) {
        this.json = json;
    }

    /** The maps of the directories, and a warning per file that could not be read. */
    Entries read(List<Path> dirs) {
        List<ObjectNode> maps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path dir : dirs) {
            DirectoryScan.Listing listing = DirectoryScan.files(dir, ".json");
            warnings.addAll(listing.refused());
            for (Path f : listing.files()) {
                if (f.getFileName().toString().endsWith(ModelEntries.HISTORY)) {
                    continue;
                }
                try {
                    if (!looksLikeAMap(f)) {
                        continue;
                    }
                    JsonNode root = json.readTree(BoundedFiles.read(f, MAX_BYTES));
                    if (root == null || !root.isObject() || !root.path("method").isTextual()
                            || !root.path("datasets").isArray()) {
                        continue;
                    }
                    for (JsonNode panel : root.path("datasets")) {
                        maps.add(entry(f, root, panel));
                    }
                } catch (IOException | RuntimeException e) {
                    warnings.add(f + ": not a map fmnist embed wrote (" + Messages.of(e) + ")");
                }
            }
        }
        return new Entries(maps, warnings);
    }

    /** Whether a JSON file starts as {@code fmnist embed} writes one, so that other JSON files are not parsed. */
    private static boolean looksLikeAMap(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(64), StandardCharsets.UTF_8);
            return head.replaceAll("\\s", "").startsWith("{\"method\":");
        }
    }

    private ObjectNode entry(Path file, JsonNode root, JsonNode panel) throws IOException {
        String dataset = panel.path("dataset").isTextual() ? panel.path("dataset").asText() : null;
        JsonNode index = panel.path("index");
        JsonNode split = panel.path("split");
        JsonNode label = panel.path("label");
        JsonNode x = panel.path("x");
        JsonNode y = panel.path("y");
        int n = index.size();
        if (dataset == null || !index.isArray() || !split.isArray() || !label.isArray() || !x.isArray()
                || !y.isArray() || split.size() != n || label.size() != n || x.size() != n || y.size() != n) {
            throw new IOException("a panel lacks its dataset or has columns of different lengths");
        }
        int[] idx = new int[n];
        int[] lab = new int[n];
        String[] sp = new String[n];
        double[] xs = new double[n];
        double[] ys = new double[n];
        int classes = panel.path("label_names").isArray() && !panel.path("label_names").isEmpty()
                ? panel.path("label_names").size() : HistoryTestFields.MAX_CLASSES;
        for (int i = 0; i < n; i++) {
            idx[i] = whole(index.get(i), Integer.MAX_VALUE, "index", i);
            lab[i] = whole(label.get(i), classes, "label", i);
            sp[i] = split.get(i).asText();
            if (!SPLITS.contains(sp[i]) || !split.get(i).isTextual()) {
                throw new IOException(point("split", i, split.get(i)) + ", not train or test");
            }
            xs[i] = finite(x.get(i), "x", i);
            ys[i] = finite(y.get(i), "y", i);
        }
        ObjectNode node = of(json, StableId.of("e", file.toString(), dataset), dataset,
                root.path("method").asText(), root.path("seed").asLong(), idx, sp, lab, xs, ys);
        node.put("source_file", file.toString());
        if (panel.path("details").isObject()) {
            node.set("details", panel.path("details"));
        }
        return node;
    }

    /** A column's whole number from 0 to {@code bound - 1}. */
    private static int whole(JsonNode v, int bound, String column, int i) throws IOException {
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0 || v.asInt() >= bound) {
            throw new IOException(point(column, i, v) + ", not a whole number from 0 to " + (bound - 1));
        }
        return v.asInt();
    }

    /** A column's finite number. */
    private static double finite(JsonNode v, String column, int i) throws IOException {
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new IOException(point(column, i, v) + ", not a finite number");
        }
        return v.asDouble();
    }

    private static String point(String column, int i, JsonNode v) {
        return "point " + i + " has " + column + " " + HistoryTestFields.abbreviated(v);
    }

    /** One map as the page gets it: the splits as one string when all points share it, coordinates rounded. */
    static ObjectNode of(ObjectMapper json, String id, String dataset, String method, long seed, int[] index,
                         String[] split, int[] label, double[] x, double[] y) {
        ObjectNode node = json.createObjectNode();
        node.put("id", id);
        node.put("dataset", dataset);
        node.put("method", method);
        node.put("seed", seed);
        Set<String> splits = new LinkedHashSet<>(List.of(split));
        node.put("split", splits.size() == 1 ? splits.iterator().next() : "all");
        ArrayNode idx = node.putArray("index");
        for (int i : index) {
            idx.add(i);
        }
        if (splits.size() == 1) {
            node.put("point_split", splits.iterator().next());
        } else {
            ArrayNode ps = node.putArray("point_split");
            for (String s : split) {
                ps.add(s);
            }
        }
        ArrayNode lab = node.putArray("label");
        for (int l : label) {
            lab.add(l);
        }
        coordinates(node.putArray("x"), x);
        coordinates(node.putArray("y"), y);
        return node;
    }

    private static void coordinates(ArrayNode out, double[] v) {
        double max = 0;
        for (double d : v) {
            max = Math.max(max, Math.abs(d));
        }
        double scale = max == 0 ? 1 : Math.pow(10, DIGITS - Math.ceil(Math.log10(max)));
        for (double d : v) {
            double r = Math.round(d * scale) / scale;
            if (r == Math.rint(r) && Math.abs(r) < 1e9) {
                out.add((long) r);
            } else {
                out.add((float) r);
            }
        }
    }
}
