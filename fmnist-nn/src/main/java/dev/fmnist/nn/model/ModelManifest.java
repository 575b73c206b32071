package dev.fmnist.nn.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fmnist.data.Normalization;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.Datasets;
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
    /** The longest class name a manifest may hold. */
    private static final int MAX_LABEL = 100;

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
     * Reads a manifest and checks every value: a known architecture and dataset, the dataset's image size and
     * number of classes, a finite normalization.
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
        String writer = printable(root.path("fmnist_version").asText("unknown"));
        int version = root.path("format_version").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException("format version " + version + " is not " + FORMAT_VERSION
                    + " (written by fmnist " + writer + "; use that version)");
        }
        ModelSpec spec = spec(require(root, "architecture"));
        DatasetSpec dataset;
        try {
            dataset = Datasets.get(require(root, "dataset").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("its manifest names an " + printable(e.getMessage()));
        }
        int rows = integer(root, "rows");
        int cols = integer(root, "cols");
        if (rows != DatasetSpec.ROWS || cols != DatasetSpec.COLS) {
            throw new IllegalArgumentException("its manifest says " + rows + "x" + cols + " images; " + dataset.name()
                    + " images are " + DatasetSpec.ROWS + "x" + DatasetSpec.COLS);
        }
        JsonNode labelNodes = require(root, "labels");
        if (!labelNodes.isArray() || labelNodes.size() != dataset.classCount()) {
            throw new IllegalArgumentException("its manifest's \"labels\" is not a list of the " + dataset.classCount()
                    + " class names of " + dataset.name());
        }
        List<String> labels = new ArrayList<>();
        for (JsonNode l : labelNodes) {
            if (!l.isTextual() || l.textValue().length() > MAX_LABEL
                    || l.textValue().chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("its manifest's \"labels\" holds something other than a class name");
            }
            labels.add(l.textValue());
        }
        JsonNode norm = require(root, "normalization");
        Normalization normalization;
        try {
            double mean = number(norm, "mean");
            normalization = Normalization.standardize(mean, number(norm, "std"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("its manifest's normalization is invalid: " + e.getMessage());
        }
        return new ModelManifest(spec, dataset.name(), labels, rows, cols, normalization, writer);
    }

    private static ModelSpec spec(JsonNode arch) {
        String name = require(arch, "name").asText();
        try {
            if (!"mlp".equals(name)) {
                return new ModelSpec(name, List.of(), null);
            }
            JsonNode hiddenNodes = require(arch, "hidden");
            if (!hiddenNodes.isArray() || hiddenNodes.size() > ModelSpec.MAX_HIDDEN_LAYERS) {
                throw new IllegalArgumentException("\"hidden\" is not a list of at most " + ModelSpec.MAX_HIDDEN_LAYERS
                        + " layer sizes");
            }
            List<Integer> hidden = new ArrayList<>();
            for (JsonNode h : hiddenNodes) {
                if (!h.isIntegralNumber() || !h.canConvertToInt()) {
                    throw new IllegalArgumentException("\"hidden\" holds " + printable(h.toString())
                            + ", not a layer size");
                }
                hidden.add(h.intValue());
            }
            return ModelSpec.mlp(hidden, Activation.of(require(arch, "activation").asText()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("its manifest's architecture is invalid: " + printable(e.getMessage()));
        }
    }

    private static int integer(JsonNode node, String field) {
        JsonNode v = require(node, field);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("its manifest's \"" + field + "\" is not a whole number");
        }
        return v.intValue();
    }

    private static double number(JsonNode node, String field) {
        JsonNode v = require(node, field);
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new IllegalArgumentException("\"" + field + "\" is not a finite number");
        }
        return v.doubleValue();
    }

    private static JsonNode require(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("its manifest lacks \"" + field + "\"");
        }
        return v;
    }

    /** Text from a file as it may be shown: at most 200 characters, control characters as {@code ?}. */
    private static String printable(String s) {
        String t = s.length() > 200 ? s.substring(0, 200) + "..." : s;
        return t.replaceAll("\\p{Cntrl}", "?");
    }

    /** The version of this fmnist build. */
    public static String currentVersion() {
        return Version.current();
    }
}
