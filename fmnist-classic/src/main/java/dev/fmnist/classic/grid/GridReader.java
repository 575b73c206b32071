package dev.fmnist.classic.grid;

import dev.fmnist.estimator.FamilyRegistry;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.ParameterSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads grid files in the shape of the Fashion-MNIST benchmark's {@code baselines.json}: a {@code common} block of
 * parameters added to every configuration, and {@code classifiers}, mapping each family to a list of objects whose
 * keys are parameter names and values lists of values; every combination of all the lists is one configuration.
 * Everything is checked before anything runs: families, parameter names, allowed values, and that each family
 * accepts each combination. In a user's file a combination the family refuses is an error; in the built-in grids
 * (the original's, which holds combinations scikit-learn itself refused) it is listed as not run, as the original
 * benchmark's sanity check dropped them.
 */
public final class GridReader {
    /** The built-in grid equal to the original benchmark's. */
    public static final String ORIGINAL = "baselines.json";
    /** The built-in quick grid: the best published configuration of each family that finishes in minutes here. */
    public static final String QUICK = "quick.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** The largest grid file read. */
    static final int MAX_BYTES = 16 << 20;
    /** The most configurations of one family in a grid. */
    static final long MAX_CONFIGURATIONS = 100_000;

    private final String source;
    private final String text;
    private final FamilyRegistry families;
    private final boolean strict;
    private final Map<String, String> notRun = new LinkedHashMap<>();

    private GridReader(String source, String text, FamilyRegistry families, boolean strict) {
        this.source = source;
        this.text = text;
        this.families = families;
        this.strict = strict;
    }

    /** The original benchmark's grid. */
    public static Grid original(FamilyRegistry families) {
        return builtIn(ORIGINAL, families);
    }

    /** The quick grid. */
    public static Grid quick(FamilyRegistry families) {
        return builtIn(QUICK, families);
    }

    /** Reads and validates a user's grid file. */
    public static Grid read(Path file, FamilyRegistry families) throws IOException, GridException {
        if (Files.isDirectory(file)) {
            throw new GridException(file + " is a directory; give a grid file (JSON)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new GridException(file + ": larger than " + MAX_BYTES + " bytes; a grid file is a few kilobytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new GridException(file + ": not a JSON text file (it is not UTF-8 text)");
        }
        return parse(file.toString(), text, families);
    }

    /**
     * Parses and validates a user's grid text: a combination its family refuses is an error.
     *
     * @param source the name used in messages (a file name)
     */
    public static Grid parse(String source, String text, FamilyRegistry families) throws GridException {
        return new GridReader(source, text, families, true).grid();
    }

    private static Grid builtIn(String name, FamilyRegistry families) {
        try (InputStream in = GridReader.class.getResourceAsStream("/dev/fmnist/classic/" + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in grid " + name + " is missing from the jar");
            }
            return new GridReader("built-in " + name, new String(in.readAllBytes(), StandardCharsets.UTF_8), families,
                    false).grid();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GridException e) {
            throw new IllegalStateException("the built-in grid does not match the families: " + e.getMessage(), e);
        }
    }

    private Grid grid() throws GridException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new GridException(source + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid JSON: " + e.getOriginalMessage()
                    .replaceAll("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)]", "line $1, column $2"));
        }
        if (root == null || !root.isObject()) {
            throw error(JsonPointer.empty(), "a grid is a JSON object with \"common\" and \"classifiers\"");
        }
        for (var it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("common") && !key.equals("classifiers")) {
                throw error(JsonPointer.compile("/" + escape(key)),
                        "unknown key \"" + key + "\"; a grid has \"common\" and \"classifiers\"");
            }
        }
        Map<String, Object> common = common(root.path("common"));
        JsonNode classifiers = root.get("classifiers");
        if (classifiers == null || !classifiers.isObject()) {
            throw error(JsonPointer.empty(), "\"classifiers\" must be an object mapping each family to its parameter lists");
        }
        List<Configuration> configurations = new ArrayList<>();
        for (var it = classifiers.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonPointer at = JsonPointer.compile("/classifiers/" + escape(e.getKey()));
            List<Axis> axes = axes(e.getValue(), at);
            Optional<Family> family = families.find(e.getKey());
            if (family.isPresent()) {
                configurations.addAll(combinations(family.get(), axes, common, at));
            } else {
                String why = OriginalFamilies.whyNotRun(e.getKey()).orElseThrow(() -> error(at, "unknown family \""
                        + e.getKey() + "\"; families: " + String.join(", ", families.names())));
                notRun.put(e.getKey(), why);
            }
        }
        return new Grid(source, configurations, notRun);
    }

    /** One parameter's list of values, where it is in the file. */
    private record Axis(String name, List<Object> values, JsonPointer at) {
    }

    private Map<String, Object> common(JsonNode node) throws GridException {
        Map<String, Object> common = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return common;
        }
        if (!node.isObject()) {
            throw error(JsonPointer.compile("/common"), "\"common\" must be an object of parameter values");
        }
        for (var it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            common.put(e.getKey(), value(e.getValue(), JsonPointer.compile("/common/" + escape(e.getKey()))));
        }
        return common;
    }

    private List<Axis> axes(JsonNode lists, JsonPointer at) throws GridException {
        if (!lists.isArray()) {
            throw error(at, "a family maps to a list of objects such as [{\"C\": [1.0, 10.0]}]");
        }
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            JsonNode group = lists.get(i);
            JsonPointer gat = at.append(JsonPointer.compile("/" + i));
            if (!group.isObject()) {
                throw error(gat, "each entry is an object mapping parameter names to lists of values");
            }
            for (var it = group.fields(); it.hasNext(); ) {
                var e = it.next();
                JsonPointer pat = gat.append(JsonPointer.compile("/" + escape(e.getKey())));
                if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                    throw error(pat, "\"" + e.getKey() + "\" must be a non-empty list of values, e.g. [1.0, 10.0]");
                }
                for (Axis a : axes) {
                    if (a.name().equals(e.getKey())) {
                        throw error(pat, "\"" + e.getKey() + "\" is listed twice for this family");
                    }
                }
                List<Object> values = new ArrayList<>();
                for (int k = 0; k < e.getValue().size(); k++) {
                    values.add(value(e.getValue().get(k), pat.append(JsonPointer.compile("/" + k))));
                }
                axes.add(new Axis(e.getKey(), values, pat));
            }
        }
        return axes;
    }

    private Object value(JsonNode v, JsonPointer at) throws GridException {
        Object value = anyValue(v, at);
        if (!ParameterValues.valid(value)) {
            throw error(at, "numbers must be finite, and this one is too large for a double");
        }
        return value;
    }

    private Object anyValue(JsonNode v, JsonPointer at) throws GridException {
        if (v.isTextual()) {
            return tuple(v.textValue()).<Object>map(list -> list).orElse(v.textValue());
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() && v.canConvertToInt() ? (Object) v.intValue()
                    : v.isIntegralNumber() ? (Object) v.bigIntegerValue() : (Object) v.doubleValue();
        }
        if (v.isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                list.add(value(v.get(i), at.append(JsonPointer.compile("/" + i))));
            }
            return list;
        }
        throw error(at, "a parameter value is a string, a number, a boolean, null or a list of those");
    }

    /**
     * A Python tuple of numbers written as a string, such as the original grid's {@code "(100,)"} or
     * {@code "(100,10,)"}, as a list of numbers: the original runner evaluated these strings into tuples (which its
     * results file then wrote as JSON lists).
     */
    static Optional<List<Object>> tuple(String s) {
        String t = s.strip();
        if (!t.startsWith("(") || !t.endsWith(")")) {
            return Optional.empty();
        }
        List<Object> numbers = new ArrayList<>();
        String[] parts = t.substring(1, t.length() - 1).split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty() && i == parts.length - 1 && i > 0) {
                break;
            }
            try {
                numbers.add(part.contains(".") || part.contains("e") ? (Object) Double.parseDouble(part)
                        : (Object) Integer.parseInt(part));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(numbers);
    }

    private List<Configuration> combinations(Family family, List<Axis> axes, Map<String, Object> common,
                                             JsonPointer at) throws GridException {
        Map<String, ParameterSpec> specs = new LinkedHashMap<>();
        family.parameters().forEach(p -> specs.put(p.name(), p));
        for (Axis a : axes) {
            for (int k = 0; k < a.values().size(); k++) {
                check(family, specs, a.name(), a.values().get(k), a.at().append(JsonPointer.compile("/" + k)), a.at());
            }
        }
        for (var e : common.entrySet()) {
            JsonPointer cat = JsonPointer.compile("/common/" + escape(e.getKey()));
            check(family, specs, e.getKey(), e.getValue(), cat, cat);
        }
        long count = 1;
        for (Axis a : axes) {
            count *= a.values().size();
            if (count > MAX_CONFIGURATIONS) {
                throw error(at, family.name() + " has more than " + MAX_CONFIGURATIONS
                        + " combinations, more than a grid may hold");
            }
        }
        List<Map<String, Object>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        for (Axis a : axes) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : combos) {
                for (Object v : a.values()) {
                    Map<String, Object> m = new LinkedHashMap<>(partial);
                    m.put(a.name(), v);
                    next.add(m);
                }
            }
            combos = next;
        }
        List<Configuration> configurations = new ArrayList<>();
        for (Map<String, Object> combo : combos) {
            combo.putAll(common);
            Configuration c = new Configuration(family.name(), combo);
            try {
                family.trainer(c.parameters());
                configurations.add(c);
            } catch (IllegalArgumentException e) {
                if (strict) {
                    throw error(at, c.key() + ": " + e.getMessage());
                }
                notRun.put(c.key(), e.getMessage());
            }
        }
        return configurations;
    }

    private void check(Family family, Map<String, ParameterSpec> specs, String name, Object value,
                       JsonPointer valueAt, JsonPointer nameAt) throws GridException {
        ParameterSpec spec = specs.get(name);
        if (spec == null) {
            throw error(nameAt, family.name() + " has no parameter \"" + name + "\"; its parameters: "
                    + String.join(", ", specs.keySet()));
        }
        if (!spec.allowed().isEmpty() && spec.allowed().stream().noneMatch(a -> ParameterValues.same(a, value))) {
            throw error(valueAt, family.name() + " " + name + "=" + clip(ParameterValues.text(value))
                    + " is not allowed; allowed: " + spec.allowed().stream().map(ParameterValues::text)
                    .collect(Collectors.joining(", ")));
        }
    }

    private GridException error(JsonPointer at, String message) {
        return new GridException(source + ":" + line(at) + ": " + message.replaceAll("\\p{Cntrl}", "?"));
    }

    /** A value from the file as a message shows it: at most 100 characters. */
    private static String clip(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }

    /** The line where the element at a pointer starts (1 if it cannot be found). */
    private int line(JsonPointer at) {
        try (JsonParser p = new JsonFactory().createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (p.getParsingContext().pathAsPointer().equals(at)) {
                    return p.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException e) {
            return 1;
        }
        return 1;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
