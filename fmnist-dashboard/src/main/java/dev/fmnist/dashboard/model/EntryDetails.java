package dev.fmnist.dashboard.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits the page's entries (results and networks alike) into their summary, which the document carries for every
 * entry (what the table, its filters, the charts and the compare table need), and their details (confusion matrix,
 * per-class accuracy, mistakes, seeds, machine, versions and any other field), which the page loads only for the
 * entries it shows in full: served from {@code /api/details/ID}, in a report from a block of their own. A summary
 * names its details by a tag that changes with them, and counts its mistakes.
 */
final class EntryDetails {
    /** The fields an entry's summary keeps; every other field is a detail. */
    static final Set<String> SUMMARY = Set.of("id", "kind", "name", "family", "dataset", "parameter",
            "parameter_text", "mean_accuracy", "std_accuracy", "score", "num_repeat", "start_time", "done_time",
            "time_per_repeat", "status", "fit_seconds", "predict_seconds", "published", "complete", "history", "same_as");
    /** The summary's key naming its details (a tag that changes when they do; absent when there are none). */
    static final String TAG = "details";
    /** The summary's key counting the entry's recorded mistakes (absent when none are recorded). */
    static final String MISTAKE_COUNT = "mistake_count";

    private final ObjectMapper json;
    private final Map<String, byte[]> details = new LinkedHashMap<>();

    EntryDetails(ObjectMapper json) {
        this.json = json;
    }

    /** The summaries of {@code entries}, whose details are moved out of them into {@link #details()}. */
    List<ObjectNode> summaries(List<ObjectNode> entries) {
        List<ObjectNode> out = new ArrayList<>(entries.size());
        for (ObjectNode entry : entries) {
            out.add(summary(entry));
        }
        return out;
    }

    private ObjectNode summary(ObjectNode entry) {
        ObjectNode more = json.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = entry.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!SUMMARY.contains(field.getKey())) {
                more.set(field.getKey(), field.getValue());
                it.remove();
            }
        }
        if (more.path("mistakes").isArray()) {
            entry.put(MISTAKE_COUNT, more.get("mistakes").size());
        }
        if (!more.isEmpty()) {
            try {
                byte[] bytes = json.writeValueAsBytes(more);
                details.put(entry.path("id").asText(), bytes);
                entry.put(TAG, StableId.of("t", bytes));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entry;
    }

    /** The details of every entry summarized so far, by id, as UTF-8 JSON objects. */
    Map<String, byte[]> details() {
        return details;
    }
}
