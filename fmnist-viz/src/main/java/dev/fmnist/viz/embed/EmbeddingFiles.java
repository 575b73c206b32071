package dev.fmnist.viz.embed;

import dev.fmnist.data.io.AtomicFiles;
import dev.fmnist.viz.PngImages;
import dev.fmnist.viz.embed.EmbeddingPicture.Panel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A map's files: the picture {@code FILE.png}, the coordinates as {@code FILE.csv} (one per dataset,
 * {@code FILE-DATASET.csv}, when there are several) and as {@code FILE.json} for the dashboard. Every file is
 * encoded in memory first and then written atomically, so a failure leaves no half-written file.
 */
public final class EmbeddingFiles {
    /** The CSV header. */
    public static final String CSV_HEADER = "index,split,label,label_name,x,y";

    private EmbeddingFiles() {
    }

    /** The files {@link #write} writes for a picture at {@code png}, picture first. */
    public static List<Path> paths(Path png, List<String> datasets) {
        String name = png.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".png") ? name.substring(0, name.length() - 4) : name;
        List<Path> files = new ArrayList<>();
        files.add(png);
        if (datasets.size() == 1) {
            files.add(png.resolveSibling(stem + ".csv"));
        } else {
            for (String d : datasets) {
                files.add(png.resolveSibling(stem + "-" + d + ".csv"));
            }
        }
        files.add(png.resolveSibling(stem + ".json"));
        return files;
    }

    /** Draws and writes the picture, the CSV files and the JSON file; returns their paths, picture first. */
    public static List<Path> write(List<Panel> panels, boolean thumbnails, long seed, Path png) throws IOException {
        List<String> datasets = panels.stream().map(Panel::dataset).toList();
        List<Path> files = paths(png, datasets);
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        contents.put(files.get(0), PngImages.encode(EmbeddingPicture.draw(panels, thumbnails)));
        for (int p = 0; p < panels.size(); p++) {
            contents.put(files.get(1 + p), csv(panels.get(p)).getBytes(StandardCharsets.UTF_8));
        }
        contents.put(files.get(files.size() - 1), json(panels, seed).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
            AtomicFiles.write(e.getKey(), out -> out.write(e.getValue()));
        }
        return files;
    }

    /** The coordinates as CSV: {@value #CSV_HEADER}, one row per image in dataset order. */
    public static String csv(Panel panel) {
        ImageSelection images = panel.images();
        Embedding map = panel.map();
        StringBuilder b = new StringBuilder(64 * images.count()).append(CSV_HEADER).append('\n');
        List<String> names = images.labelNames();
        for (int i = 0; i < images.count(); i++) {
            int label = images.label(i);
            b.append(images.index(i)).append(',').append(images.split(i).name()).append(',').append(label)
                    .append(',').append(csvField(names.get(label))).append(',').append((float) map.x(i)).append(',')
                    .append((float) map.y(i)).append('\n');
        }
        return b.toString();
    }

    /**
     * The maps as JSON: {@code method}, {@code seed}, and {@code datasets}, one object per panel with
     * {@code dataset}, {@code title}, {@code count}, {@code label_names}, {@code details} and the columns
     * {@code index}, {@code split}, {@code label}, {@code x}, {@code y} (docs/cli.md).
     */
    public static String json(List<Panel> panels, long seed) {
        StringBuilder b = new StringBuilder();
        b.append("{\"method\":").append(string(panels.get(0).map().method().id())).append(",\"seed\":").append(seed)
                .append(",\"datasets\":[");
        for (int p = 0; p < panels.size(); p++) {
            Panel panel = panels.get(p);
            ImageSelection images = panel.images();
            Embedding map = panel.map();
            int n = images.count();
            b.append(p == 0 ? "" : ",").append("{\"dataset\":").append(string(panel.dataset()))
                    .append(",\"title\":").append(string(panel.title())).append(",\"count\":").append(n)
                    .append(",\"label_names\":[");
            for (int l = 0; l < images.labelNames().size(); l++) {
                b.append(l == 0 ? "" : ",").append(string(images.labelNames().get(l)));
            }
            b.append("],\"details\":{");
            String sep = "";
            for (Map.Entry<String, Double> e : new TreeMap<>(map.details()).entrySet()) {
                b.append(sep).append(string(e.getKey())).append(':').append(e.getValue());
                sep = ",";
            }
            b.append('}');
            column(b, "index", n, i -> String.valueOf(images.index(i)));
            column(b, "split", n, i -> string(images.split(i).name()));
            column(b, "label", n, i -> String.valueOf(images.label(i)));
            column(b, "x", n, i -> String.valueOf((float) map.x(i)));
            column(b, "y", n, i -> String.valueOf((float) map.y(i)));
            b.append('}');
        }
        return b.append("]}\n").toString();
    }

    private static void column(StringBuilder b, String key, int n, java.util.function.IntFunction<String> value) {
        b.append(',').append(string(key)).append(":[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(value.apply(i));
        }
        b.append(']');
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** A JSON string literal. */
    private static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
