package dev.fmnist.dashboard.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fmnist.classic.cost.ReferenceResults;
import dev.fmnist.classic.grid.PublishedResults;
import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.data.Split;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.Datasets;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The document the page shows ({@code FMNIST.data}, docs in the dashboard contract): results and networks (their
 * summaries; their details apart, see {@link EntryDetails}), maps, class names, test (and, served, training)
 * labels, warnings and a notice. {@link #current()} reads the files again only when one of them changed (size or
 * time), so the page's polling costs a few file stats.
 */
public final class DashboardModel {
    /** How the page is opened: the train split's labels and images are only served. */
    public enum Mode {
        SERVE, REPORT;

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One reading of the files.
     *
     * @param etag     changes whenever the files do
     * @param json     the document as UTF-8 JSON
     * @param datasets the datasets whose images and labels the page can show
     * @param details  each result's and network's details (the fields its summary in {@code json} leaves out) by
     *                 id, as UTF-8 JSON objects
     */
    public record Snapshot(String etag, byte[] json, Set<String> datasets, Map<String, byte[]> details) {
    }

    /**
     * The shortest time between two readings of the files: while a benchmark appends, the page (polling every 2 s)
     * and many clients share one reading.
     */
    static final long MIN_REBUILD_MILLIS = 1000;

    /** How many earlier readings a live update can start from. */
    static final int RECENT = 8;

    private record Parts(String etag, DocumentParts parts, Map<String, byte[]> changes) {
    }

    /** Where the reference results come from, as shown in the page. */
    static final String REFERENCE_DIR = "reference results shipped with fmnist";

    private final Sources sources;
    private final DatasetCache images;
    private final Mode mode;
    private final ObjectMapper json = new ObjectMapper();
    private final ResultEntries results = new ResultEntries(PublishedResults.builtIn());
    private final Map<String, ObjectNode> pca = new HashMap<>();
    private final ReentrantLock reading = new ReentrantLock();
    private String fingerprint;
    private volatile Snapshot snapshot;
    /** The latest reading cut into parts, with its etag. */
    private volatile Parts parts;
    /** The versions of the parts of the last {@value #RECENT} readings, by etag (without quotes). */
    private final Map<String, Map<String, String>> recent = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
                    return size() > RECENT;
                }
            });
    private volatile long builtAt;
    private final LongSupplier nanoTime;

    public DashboardModel(Sources sources, DatasetCache images, Mode mode) {
        this(sources, images, mode, System::nanoTime);
    }

    /** As the public constructor, with the clock that times the rebuilds ({@code System::nanoTime}'s kind). */
    DashboardModel(Sources sources, DatasetCache images, Mode mode, LongSupplier nanoTime) {
        this.sources = sources;
        this.images = images;
        this.mode = mode;
        this.nanoTime = nanoTime;
    }

    /**
     * The document as the files are now, read again at most once per {@value #MIN_REBUILD_MILLIS} ms. While one
     * caller reads the files again, the others get the document as it was (a second old at most) instead of
     * waiting; only the first reading makes callers wait.
     */
    public Snapshot current() {
        Snapshot last = snapshot;
        if (last != null) {
            if (nanoTime.getAsLong() - builtAt < MIN_REBUILD_MILLIS * 1_000_000L || !reading.tryLock()) {
                return last;
            }
        } else {
            reading.lock();
        }
        try {
            if (snapshot != null && nanoTime.getAsLong() - builtAt < MIN_REBUILD_MILLIS * 1_000_000L) {
                return snapshot;
            }
            String now = fingerprint();
            if (snapshot == null || !now.equals(fingerprint)) {
                EntryDetails details = new EntryDetails(json);
                snapshot = snapshotOf(build(details), details.details(), now);
                fingerprint = now;
            }
            builtAt = nanoTime.getAsLong();
            return snapshot;
        } finally {
            reading.unlock();
        }
    }

    /**
     * What changed in the document since the reading whose ETag was {@code since} (one of the last
     * {@value #RECENT}), as {@link DocumentParts} writes it; empty when that reading is not known (or is the
     * current one), and the page is to get the whole document.
     *
     * @param current the document as {@link #current()} gave it to this request
     */
    public Optional<byte[]> changesSince(String since, Snapshot current) {
        Parts p = parts;
        String etag = unquoted(current.etag());
        if (since == null || !since.matches("[a-z0-9]{1,40}") || since.equals(etag) || p == null
                || !p.etag().equals(etag)) {
            return Optional.empty();
        }
        Map<String, String> before = recent.get(since);
        return before == null ? Optional.empty()
                : Optional.of(p.changes().computeIfAbsent(since, s -> p.parts().changesSince(s, before)));
    }

    private static String unquoted(String etag) {
        return etag.replace("\"", "");
    }

    private Snapshot snapshotOf(ObjectNode data, Map<String, byte[]> details, String fingerprint) {
        Set<String> shown = new LinkedHashSet<>();
        data.path("split_labels").fieldNames().forEachRemaining(shown::add);
        String etag = StableId.of("d", fingerprint);
        DocumentParts cut = new DocumentParts(data, json);
        recent.put(etag, cut.versions());
        parts = new Parts(etag, cut, new java.util.concurrent.ConcurrentHashMap<>());
        try {
            return new Snapshot('"' + etag + '"', json.writeValueAsBytes(data),
                    Set.copyOf(shown), Collections.unmodifiableMap(details));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as a tree, read now (under the reading lock), its entries' details moved into {@code details}. */
    private ObjectNode build(EntryDetails details) {
        ObjectNode data = json.createObjectNode();
        data.put("generated", Instant.now().toString());
        data.put("mode", mode.id());
        List<String> warnings = new ArrayList<>();
        ResultEntries.Read read = results.read(sources.results());
        warnings.addAll(read.warnings());
        List<ObjectNode> shown = read.results();
        if (shown.isEmpty()) {
            shown = ReferenceResults.load().stream().map(r -> results.entry(r, REFERENCE_DIR)).toList();
            data.put("source", "reference");
            String why = read.empty().isEmpty() ? "no results directory was given" : String.join("; ", read.empty());
            data.put("notice", shown.isEmpty()
                    ? "No results yet (" + why + "). Run 'fmnist benchmark' and they appear here as they finish."
                    : "No results of your own yet (" + why + "): showing the reference results that fmnist ships"
                    + " (the original grid run on one machine). Run 'fmnist benchmark' to add yours.");
        } else {
            data.put("source", "user");
            data.putNull("notice");
        }
        List<Path> all = new ArrayList<>(sources.results());
        all.addAll(sources.models());
        Entries models = new ModelEntries(json).read(sources.models());
        warnings.addAll(models.warnings());
        Entries maps = new EmbeddingEntries(json).read(all.stream().distinct().toList());
        warnings.addAll(maps.warnings());

        ObjectNode labels = data.putObject("labels");
        for (DatasetSpec d : Datasets.all()) {
            labels.putPOJO(d.name(), d.labelNames());
        }
        data.putArray("results").addAll(details.summaries(shown));
        data.putArray("models").addAll(details.summaries(models.entries()));
        ArrayNode embeddings = data.putArray("embeddings");
        embeddings.addAll(maps.entries());
        Set<String> datasets = new LinkedHashSet<>();
        collectDatasets(data, datasets);
        if (maps.entries().isEmpty()) {
            String d = datasets.isEmpty() ? Datasets.FASHION.name() : datasets.iterator().next();
            pcaOf(d).ifPresent(embeddings::add);
            datasets.add(d);
        }
        ObjectNode splitLabels = data.putObject("split_labels");
        for (String d : datasets) {
            Optional<Split> test = images.split(d, "test");
            if (test.isEmpty()) {
                if (images.problem(d) != null) {
                    warnings.add("no images or labels of " + d + ": " + images.problem(d));
                }
                continue;
            }
            ObjectNode of = splitLabels.putObject(d);
            labelsOf(of.putArray("test"), test.get());
            if (mode == Mode.SERVE) {
                images.split(d, "train").ifPresent(train -> labelsOf(of.putArray("train"), train));
            }
        }
        ArrayNode w = data.putArray("warnings");
        warnings.forEach(w::add);
        return data;
    }

    private Optional<ObjectNode> pcaOf(String dataset) {
        if (!pca.containsKey(dataset)) {
            Optional<Split> test = images.split(dataset, "test");
            if (test.isEmpty()) {
                return Optional.empty();
            }
            pca.put(dataset, PcaMap.of(json, dataset, test.get()));
        }
        return Optional.of(pca.get(dataset));
    }

    private static void labelsOf(ArrayNode out, Split split) {
        for (int i = 0; i < split.count(); i++) {
            out.add(split.label(i));
        }
    }

    private static void collectDatasets(ObjectNode data, Set<String> into) {
        for (String key : List.of("results", "models", "embeddings")) {
            data.withArray(key).forEach(e -> {
                if (e.path("dataset").isTextual()) {
                    into.add(e.path("dataset").asText());
                }
            });
        }
    }

    private String fingerprint() {
        StringBuilder b = new StringBuilder();
        for (Path dir : sources.results()) {
            b.append(DirectoryScan.stamp(dir.resolve("results.jsonl"))).append('\n');
        }
        List<Path> all = new ArrayList<>(sources.results());
        all.addAll(sources.models());
        for (Path dir : all) {
            for (Path f : DirectoryScan.files(dir, ".model", ".json").files()) {
                b.append(DirectoryScan.stamp(f)).append('\n');
            }
        }
        return b.toString();
    }
}
