package dev.fmnist.nn.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fmnist.data.Normalization;
import dev.fmnist.data.Version;
import dev.fmnist.nn.arch.Activation;
import dev.fmnist.nn.arch.ModelSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a saved model needs besides its parameters: the architecture and its options, the dataset it was trained on,
 * the input normalization, the label names and the fmnist version that wrote it. Stored as {@code manifest.json}.
 *
 * @param spec          the architecture
 * @param dataset       the dataset's name, e.g. {@code fashion}
 * @param labelNames    the class names in label order
 * @param rows          image height
 * @param cols          image width
 * @param normalization how pixels become the network's inputs
 * @param fmnistVersion the fmnist version that wrote the model
 */
public record ModelManifest(ModelSpec spec, String dataset, List<String> labelNames, int rows, int cols,
                            Normalization normalization, String fmnistVersion) {
    /** The {@code format} value that marks an fmnist model. */
    public static final String FORMAT = "fmnist-nn-model";
    /** The manifest layout this code writes and reads. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    public ModelManifest {
        labelNames = List.copyOf(labelNames);
    }

    /** A manifest for a model trained now, by this fmnist version. */
    public static ModelManifest of(ModelSpec spec, String dataset, List<String> labelNames, int rows, int cols,
                                   Normalization normalization) {
        return new ModelManifest(spec, dataset, labelNames, rows, cols, normalization, currentVersion());
    }

    /** The number of classes. */
    public int classes() {
        return labelNames.size();
    }

    /** The manifest as JSON. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT).put("format_version", FORMAT_VERSION).put("fmnist_version", fmnistVersion);
        ObjectNode arch = root.putObject("architecture").put("name", spec.architecture()).put("model", spec.toString());
        if (!spec.convolutional()) {
            ArrayNode hidden = arch.putArray("hidden");
            spec.hidden().forEach(hidden::add);
            arch.put("activation", spec.activation().id());
        }
        root.put("dataset", dataset).put("rows", rows).put("cols", cols);
        root.putObject("normalization").put("mean", normalization.mean()).put("std", normalization.std());
        ArrayNode labels = root.putArray("labels");
        labelNames.forEach(labels::add);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a manifest.
     *
     * @throws IllegalArgumentException with the reason when the JSON is not an fmnist manifest of a known version
     */
    public static ModelManifest fromJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("its manifest is not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("its manifest does not say format \"" + FORMAT + "\"");
        }
        int version = root.path("format_version").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException("format version " + version + " is not " + FORMAT_VERSION
                    + " (written by fmnist " + root.path("fmnist_version").asText("?") + "; use that version)");
        }
        JsonNode arch = root.path("architecture");
        String name = require(arch, "name").asText();
        ModelSpec spec;
        if ("mlp".equals(name)) {
            List<Integer> hidden = new ArrayList<>();
            require(arch, "hidden").forEach(h -> hidden.add(h.asInt()));
            spec = ModelSpec.mlp(hidden, Activation.of(require(arch, "activation").asText()));
        } else {
            spec = new ModelSpec(name, List.of(), null);
        }
        List<String> labels = new ArrayList<>();
        require(root, "labels").forEach(l -> labels.add(l.asText()));
        JsonNode norm = require(root, "normalization");
        return new ModelManifest(spec, require(root, "dataset").asText(), labels, require(root, "rows").asInt(),
                require(root, "cols").asInt(),
                Normalization.standardize(require(norm, "mean").asDouble(), require(norm, "std").asDouble()),
                root.path("fmnist_version").asText("unknown"));
    }

    private static JsonNode require(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("its manifest lacks \"" + field + "\"");
        }
        return v;
    }

    /** The version of this fmnist build. */
    public static String currentVersion() {
        return Version.current();
    }
}
