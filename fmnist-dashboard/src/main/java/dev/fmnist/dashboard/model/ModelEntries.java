package dev.fmnist.dashboard.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The page's networks: {@code fmnist train}'s model files ({@code NAME.model}, a zip whose {@code manifest.json}
 * names the architecture and dataset) and their histories ({@code NAME.model.history.json}, per-epoch loss and
 * accuracies, and once training finished the test accuracy and the {@link HistoryTestFields}). A history without
 * its model (a run still training) is shown too.
 */
final class ModelEntries {
    static final String MODEL = ".model";
    static final String HISTORY = ".model.history.json";
    /** The largest manifest read: a few hundred bytes in practice. */
    static final long MAX_MANIFEST = 1 << 20;
    /** The largest history read: a few hundred bytes per epoch. */
    static final long MAX_HISTORY = 16 << 20;

    /** The figures of an epoch the page draws. */
    private static final List<String> EPOCH_FIGURES = List.of("epoch", "seconds", "loss", "train_accuracy",
            "validation_loss", "validation_accuracy");

    private final ObjectMapper json;

    ModelEntries(ObjectMapper json) {
        this.json = json;
    }

    /** The networks of the directories, and a warning per file that could not be read. */
    Entries read(List<Path> dirs) {
        List<ObjectNode> models = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path dir : dirs) {
            DirectoryScan.Listing listing = DirectoryScan.files(dir, MODEL, HISTORY);
            warnings.addAll(listing.refused());
            Map<String, Path[]> byName = new LinkedHashMap<>();
            for (Path f : listing.files()) {
                String name = f.getFileName().toString();
                boolean history = name.endsWith(HISTORY);
                String base = history ? name.substring(0, name.length() - ".history.json".length()) : name;
                byName.computeIfAbsent(base, k -> new Path[2])[history ? 1 : 0] = f;
            }
            byName.forEach((name, files) -> {
                try {
                    models.add(entry(dir, name, files[0], files[1]));
                } catch (IOException | RuntimeException e) {
                    warnings.add((files[0] != null ? files[0] : files[1]) + ": not a model fmnist can show ("
                            + Messages.of(e) + ")");
                }
            });
        }
        return new Entries(models, warnings);
    }

    private ObjectNode entry(Path dir, String name, Path model, Path history) throws IOException {
        ObjectNode node = json.createObjectNode();
        node.put("id", StableId.of("n", dir.toString(), name));
        node.put("kind", "network");
        node.put("name", name);
        node.put("source_dir", dir.toString());
        node.putNull("dataset");
        node.putNull("mean_accuracy");
        node.put("complete", model != null);
        if (model != null) {
            JsonNode manifest = manifest(model);
            copy(node, "dataset", manifest, "dataset");
            copy(node, "architecture", manifest, "architecture");
            copy(node, "labels", manifest, "labels");
            copy(node, "fmnist_version", manifest, "fmnist_version");
        }
        if (history != null) {
            JsonNode h = json.readTree(BoundedFiles.read(history, MAX_HISTORY));
            if (!h.isObject() || !h.path("epochs").isArray()) {
                throw new IOException(history + " is not a training history (no epochs)");
            }
            if (node.get("dataset").isNull()) {
                copy(node, "dataset", h, "dataset");
            }
            copy(node, "options", h, "options");
            if (h.path("test_accuracy").isNumber()) {
                node.put("mean_accuracy", h.path("test_accuracy").asDouble());
            }
            HistoryTestFields.copy(h, node);
            JsonNode confusion = node.get(HistoryTestFields.CONFUSION);
            String wrong = confusion != null && node.get("dataset").isTextual()
                    ? DatasetClasses.mismatch(node.get("dataset").asText(), confusion.size()) : null;
            if (wrong != null) {
                throw new IOException("its history has " + wrong);
            }
            ArrayNode epochs = node.putArray("history");
            double elapsed = 0;
            for (JsonNode e : h.path("epochs")) {
                checkEpoch(e);
                ObjectNode epoch = epochs.addObject();
                copy(epoch, "epoch", e, "epoch");
                // the history has each epoch's own seconds; the page's curves and training time take the total
                if (e.path("seconds").isNumber()) {
                    elapsed += e.path("seconds").asDouble();
                    epoch.put("seconds", elapsed);
                } else {
                    epoch.putNull("seconds");
                }
                copy(epoch, "loss", e, "loss");
                copy(epoch, "accuracy", e, "train_accuracy");
                copy(epoch, "validation_loss", e, "validation_loss");
                copy(epoch, "validation_accuracy", e, "validation_accuracy");
            }
        } else {
            node.putArray("history");
        }
        if (!node.get("dataset").isTextual()) {
            throw new IOException("it names no dataset");
        }
        return node;
    }

    /** An epoch must be an object whose figures are numbers (or null, or absent in older histories). */
    private static void checkEpoch(JsonNode epoch) throws IOException {
        if (!epoch.isObject()) {
            throw new IOException("its history's epochs hold " + HistoryTestFields.abbreviated(epoch)
                    + ", not an epoch");
        }
        for (String field : EPOCH_FIGURES) {
            JsonNode v = epoch.path(field);
            if (!v.isMissingNode() && !v.isNull() && !v.isNumber()) {
                throw new IOException("its history's epoch " + HistoryTestFields.abbreviated(epoch.path("epoch"))
                        + " has " + field + " " + HistoryTestFields.abbreviated(v) + ", not a number");
            }
        }
    }

    /** Sets {@code to.key} to {@code from.field}, or to null when {@code from} lacks it. */
    private static void copy(ObjectNode to, String key, JsonNode from, String field) {
        JsonNode v = from.get(field);
        if (v == null) {
            to.putNull(key);
        } else {
            to.set(key, v);
        }
    }

    private JsonNode manifest(Path model) throws IOException {
        try (ZipFile zip = new ZipFile(model.toFile())) {
            ZipEntry e = zip.getEntry("manifest.json");
            if (e == null) {
                throw new IOException("no manifest.json in it");
            }
            try (InputStream in = zip.getInputStream(e)) {
                JsonNode m = json.readTree(BoundedFiles.read(in, MAX_MANIFEST, model + "!manifest.json"));
                if (!m.isObject()) {
                    throw new IOException("its manifest is not a JSON object");
                }
                return m;
            }
        }
    }
}
