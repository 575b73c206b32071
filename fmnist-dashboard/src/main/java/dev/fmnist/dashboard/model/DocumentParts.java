package dev.fmnist.dashboard.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page's document cut into the parts that a live update can send alone: each top-level value, and each result's
 * and network's summary by id. {@link #changesSince} writes what changed since an earlier reading, from that
 * reading's {@link #versions()}:
 * {@code {"since": ETAG, "set": {KEY: VALUE, ...}, "results": {"upsert": [SUMMARY, ...], "remove": [ID, ...]},
 * "models": {...}}} (a key whose value did not change is left out, as are results or models with no change).
 */
final class DocumentParts {
    /** The top-level keys whose entries are sent one by one. */
    static final Set<String> ENTRIES = Set.of("results", "models");

    private final Map<String, byte[]> values = new LinkedHashMap<>();
    private final Map<String, Map<String, byte[]>> entries = new LinkedHashMap<>();
    private final Map<String, String> versions = new HashMap<>();

    DocumentParts(ObjectNode document, ObjectMapper json) {
        try {
            for (Iterator<Map.Entry<String, JsonNode>> it = document.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (ENTRIES.contains(field.getKey())) {
                    Map<String, byte[]> byId = new LinkedHashMap<>();
                    for (JsonNode e : field.getValue()) {
                        byte[] bytes = json.writeValueAsBytes(e);
                        String id = e.path("id").asText();
                        byId.put(id, bytes);
                        versions.put(field.getKey() + '/' + id, StableId.of("v", bytes));
                    }
                    entries.put(field.getKey(), byId);
                } else {
                    byte[] bytes = json.writeValueAsBytes(field.getValue());
                    values.put(field.getKey(), bytes);
                    versions.put(field.getKey(), StableId.of("v", bytes));
                }
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short hash of each part: top-level keys by name, entries as {@code results/ID} and {@code models/ID}. */
    Map<String, String> versions() {
        return versions;
    }

    /** What changed since the reading whose etag is {@code since} and whose versions were {@code before}. */
    byte[] changesSince(String since, Map<String, String> before) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "{\"since\":\"" + since + "\",\"set\":{");
        String sep = "";
        for (Map.Entry<String, byte[]> v : values.entrySet()) {
            if (!versions.get(v.getKey()).equals(before.get(v.getKey()))) {
                write(out, sep + '"' + v.getKey() + "\":");
                out.writeBytes(v.getValue());
                sep = ",";
            }
        }
        write(out, "}");
        for (Map.Entry<String, Map<String, byte[]>> kind : entries.entrySet()) {
            String prefix = kind.getKey() + '/';
            List<byte[]> upsert = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : kind.getValue().entrySet()) {
                if (!versions.get(prefix + e.getKey()).equals(before.get(prefix + e.getKey()))) {
                    upsert.add(e.getValue());
                }
            }
            List<String> remove = new ArrayList<>();
            for (String key : before.keySet()) {
                if (key.startsWith(prefix) && !kind.getValue().containsKey(key.substring(prefix.length()))) {
                    remove.add(key.substring(prefix.length()));
                }
            }
            if (upsert.isEmpty() && remove.isEmpty()) {
                continue;
            }
            write(out, ",\"" + kind.getKey() + "\":{\"upsert\":[");
            for (int i = 0; i < upsert.size(); i++) {
                write(out, i == 0 ? "" : ",");
                out.writeBytes(upsert.get(i));
            }
            write(out, "],\"remove\":[");
            for (int i = 0; i < remove.size(); i++) {
                write(out, (i == 0 ? "\"" : ",\"") + remove.get(i) + '"');
            }
            write(out, "]}");
        }
        write(out, "}");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.UTF_8));
    }
}
