package dev.fmnist.dashboard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.dashboard.testing.SyntheticResults;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** No dataset in these tests: the model must still build, with a warning. */
    private static final DatasetCache NO_IMAGES = new DatasetCache(name -> {
        throw new IOException("no datasets in this test");
    });

    @TempDir
    Path dir;

    private JsonNode build(Sources sources) throws IOException {
        return JSON.readTree(snapshot(sources).json());
    }

    private static DashboardModel.Snapshot snapshot(Sources sources) {
        return new DashboardModel(sources, NO_IMAGES, DashboardModel.Mode.SERVE).current();
    }

    /** The details of an entry of the snapshot's document. */
    private static JsonNode details(DashboardModel.Snapshot snapshot, JsonNode entry) throws IOException {
        return JSON.readTree(snapshot.details().get(entry.get("id").asText()));
    }

    @Test
    void resultsCarryTheLineTheIdFamilyParametersAndPublishedAccuracy() throws IOException {
        Path results = dir.resolve("results");
        SyntheticResults.append(results, SyntheticResults.line("SVC", Map.of("C", 10, "kernel", "rbf"), "fashion",
                0.9, 1_700_000_000L, 30));
        DashboardModel.Snapshot snapshot = snapshot(new Sources(List.of(results), List.of()));
        JsonNode data = JSON.readTree(snapshot.json());
        assertEquals("user", data.get("source").asText());
        assertTrue(data.get("notice").isNull());
        JsonNode r = data.get("results").get(0);
        assertEquals("SVC", r.get("name").asText());
        assertEquals("SVC", r.get("family").asText());
        assertEquals("classic", r.get("kind").asText());
        assertEquals("C=10, kernel=rbf", r.get("parameter_text").asText());
        assertEquals(0.897, r.get("published").asDouble(), 1e-9, "the paper's SVC C=10 rbf on Fashion-MNIST");
        assertEquals(0.9, r.get("mean_accuracy").asDouble());
        assertEquals(2, r.get("mistake_count").asInt());
        JsonNode details = details(snapshot, r);
        assertEquals(2, details.get("mistakes").size());
        assertEquals(results.toString(), details.get("source_dir").asText());
        assertEquals(r.get("id"), build(new Sources(List.of(results), List.of())).get("results").get(0).get("id"),
                "ids stay the same from one reading to the next");
        assertEquals(10, data.get("labels").get("fashion").size());
    }

    @Test
    void theDocumentCarriesEachResultsSummaryAndItsDetailsApartUnderATagThatChangesWithThem() throws IOException {
        Path results = dir.resolve("results");
        SyntheticResults.append(results, SyntheticResults.line("SVC", Map.of("C", 1), "fashion", 0.8, 1L, 1));
        DashboardModel.Snapshot first = snapshot(new Sources(List.of(results), List.of()));
        JsonNode r = JSON.readTree(first.json()).get("results").get(0);
        List<String> fields = JSON.convertValue(r, Map.class).keySet().stream().map(String::valueOf).sorted().toList();
        assertEquals(List.of("details", "dataset", "done_time", "family", "fit_seconds", "id", "kind",
                "mean_accuracy", "mistake_count", "name", "num_repeat", "parameter", "parameter_text",
                "predict_seconds", "published", "score", "start_time", "status", "std_accuracy", "time_per_repeat")
                .stream().sorted().toList(), fields, "what the table, filters, charts and compare table need");
        JsonNode details = details(first, r);
        for (String moved : List.of("confusion", "per_class_accuracy", "mistakes", "seeds", "machine", "jvm")) {
            assertTrue(details.has(moved), moved + " is a detail: " + details);
        }
        assertEquals(1, first.details().size());

        SyntheticResults.append(results, SyntheticResults.line("SVC", Map.of("C", 1), "fashion", 0.8, 1L, 1)
                .replace("\"mistakes\":[[0,1],[7,3]]", "\"mistakes\":[[0,1],[7,3],[9,2]]"));
        DashboardModel.Snapshot second = snapshot(new Sources(List.of(results), List.of()));
        JsonNode again = JSON.readTree(second.json()).get("results").get(0);
        assertEquals(r.get("id"), again.get("id"), "the same configuration");
        assertEquals(3, again.get("mistake_count").asInt(), "the latest line");
        assertNotEquals(r.get("details").asText(), again.get("details").asText(), "new details, a new tag");
    }

    @Test
    void malformedLinesAreSkippedCountedAndWarnedAbout() throws IOException {
        Path results = dir.resolve("results");
        SyntheticResults.append(results, "not json", SyntheticResults.line("GaussianNB", Map.of(), "mnist", 0.55,
                1_700_000_000L, 1), "{\"name\": 3}", "");
        JsonNode data = build(new Sources(List.of(results), List.of()));
        assertEquals(1, data.get("results").size());
        String warnings = data.get("warnings").toString();
        assertTrue(warnings.contains("skipped 2 lines"), warnings);
    }

    @Test
    void withNoResultsOfTheUsersOwnItShowsTheReferenceResultsAndSaysSo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        JsonNode data = build(new Sources(List.of(empty, dir.resolve("missing")), List.of()));
        assertEquals("reference", data.get("source").asText());
        String notice = data.get("notice").asText();
        assertTrue(notice.startsWith("No results of your own yet"), notice);
        assertTrue(notice.contains("empty"), "names the directory: " + notice);
        assertTrue(data.get("results").size() > 0, "the shipped reference results");
    }

    @Test
    void modelsAndTheirHistoriesAreShownAndAHistoryAloneIsARunStillTraining() throws IOException {
        Path models = Files.createDirectories(dir.resolve("models"));
        try (OutputStream out = Files.newOutputStream(models.resolve("cnn.model"));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(("{\"format\":\"fmnist-nn-model\",\"architecture\":{\"name\":\"cnn\",\"model\":\"cnn\"},"
                    + "\"dataset\":\"fashion\",\"labels\":[\"a\"],\"fmnist_version\":\"t\"}")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("parameters"));
            zip.write(new byte[]{1, 2, 3});
        }
        String history = "{\"dataset\":\"fashion\",\"options\":\"model=cnn\",\"epochs\":[{\"epoch\":1,\"loss\":0.5,"
                + "\"train_accuracy\":0.8,\"validation_accuracy\":0.85,\"seconds\":10,\"validation_loss\":0.4}],"
                + "\"test_accuracy\":0.91}";
        Files.writeString(models.resolve("cnn.model.history.json"), history);
        Files.writeString(models.resolve("running.model.history.json"), history.replace(",\"test_accuracy\":0.91", ""));
        Files.writeString(models.resolve("broken.model"), "not a zip");
        DashboardModel.Snapshot snapshot = snapshot(new Sources(List.of(), List.of(models)));
        JsonNode data = JSON.readTree(snapshot.json());
        JsonNode list = data.get("models");
        assertEquals(2, list.size(), list.toString());
        JsonNode cnn = list.get(0);
        assertEquals("cnn.model", cnn.get("name").asText());
        assertEquals("network", cnn.get("kind").asText());
        assertEquals("fashion", cnn.get("dataset").asText());
        assertEquals("cnn", details(snapshot, cnn).get("architecture").get("name").asText());
        assertEquals(0.91, cnn.get("mean_accuracy").asDouble());
        assertTrue(cnn.get("complete").asBoolean());
        JsonNode epoch = cnn.get("history").get(0);
        assertEquals(0.8, epoch.get("accuracy").asDouble());
        assertEquals(0.4, epoch.get("validation_loss").asDouble());
        JsonNode running = list.get(1);
        assertFalse(running.get("complete").asBoolean());
        assertTrue(running.get("mean_accuracy").isNull());
        assertTrue(data.get("warnings").toString().contains("broken.model"), data.get("warnings").toString());
    }

    @Test
    void embedFilesBecomeMapsAndLinksOutOfADirectoryAreNotRead() throws IOException {
        Path maps = Files.createDirectories(dir.resolve("maps"));
        Files.writeString(maps.resolve("tsne.json"), "{\"method\":\"tsne\",\"seed\":3,\"datasets\":[{\"dataset\":"
                + "\"mnist\",\"title\":\"MNIST\",\"count\":3,\"label_names\":[],\"details\":{\"perplexity\":30.0},"
                + "\"index\":[0,1,2],\"split\":[\"test\",\"test\",\"test\"],\"label\":[7,2,1],"
                + "\"x\":[1.23456,-20.5,3.0],\"y\":[0.1,0.2,0.3]}]}");
        Files.writeString(maps.resolve("other.json"), "{\"something\":\"else\"}");
        Path outside = Files.writeString(dir.resolve("secret.json"), "{\"method\":\"pca\",\"datasets\":[]}");
        Files.createSymbolicLink(maps.resolve("link.json"), outside);
        JsonNode data = build(new Sources(List.of(maps), List.of()));
        JsonNode e = data.get("embeddings");
        assertEquals(1, e.size(), e.toString());
        JsonNode map = e.get(0);
        assertEquals("tsne", map.get("method").asText());
        assertEquals("test", map.get("split").asText());
        assertEquals("test", map.get("point_split").asText());
        assertEquals(List.of(7, 2, 1), JSON.convertValue(map.get("label"), List.class));
        assertEquals(1.23, map.get("x").get(0).asDouble(), 1e-6, "four significant digits of the largest, 20.5");
        assertEquals(-20.5, map.get("x").get(1).asDouble(), 1e-6);
        assertTrue(data.get("warnings").toString().contains("link.json: a link out of"), data.get("warnings").toString());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aLiveUpdateSendsOnlyWhatChangedSinceARecentReading() throws IOException {
        Path results = dir.resolve("results");
        SyntheticResults.append(results, SyntheticResults.line("SVC", Map.of("C", 1), "fashion", 0.8, 1L, 1),
                SyntheticResults.line("SVC", Map.of("C", 2), "fashion", 0.81, 2L, 1));
        DashboardModel model = new DashboardModel(new Sources(List.of(results), List.of()), NO_IMAGES,
                DashboardModel.Mode.SERVE);
        DashboardModel.Snapshot first = model.current();
        String since = first.etag().replace("\"", "");
        assertTrue(model.changesSince(since, first).isEmpty(), "nothing to send against the reading itself");
        SyntheticResults.append(results, SyntheticResults.line("SVC", Map.of("C", 3), "fashion", 0.82, 3L, 1));
        sleep(DashboardModel.MIN_REBUILD_MILLIS + 100);
        DashboardModel.Snapshot second = model.current();
        assertNotEquals(first.etag(), second.etag());
        JsonNode changes = JSON.readTree(model.changesSince(since, second).orElseThrow());
        assertEquals(since, changes.get("since").asText());
        JsonNode upsert = changes.get("results").get("upsert");
        assertEquals(1, upsert.size(), changes.toString());
        assertEquals("C=3", upsert.get(0).get("parameter_text").asText());
        assertFalse(upsert.get(0).has("confusion"), "summaries, as in the whole document");
        assertEquals(0, changes.get("results").get("remove").size());
        assertFalse(changes.has("models"), "no network changed");
        assertTrue(changes.get("set").has("generated"));
        assertFalse(changes.get("set").has("labels"), "unchanged values are left out");
        assertTrue(model.changesSince("d000000000000", second).isEmpty(), "an unknown reading gets it all");
        assertTrue(model.changesSince("../d", second).isEmpty());
    }

    @Test
    void theDocumentIsReadAgainOnlyWhenAFileChanged() throws IOException {
        Path results = dir.resolve("results");
        SyntheticResults.append(results, SyntheticResults.line("SVC", Map.of("C", 1), "fashion", 0.8, 1L, 1));
        AtomicLong clock = new AtomicLong();   // nanoseconds, moved by hand: a loaded machine's pauses do not count
        DashboardModel model = new DashboardModel(new Sources(List.of(results), List.of()), NO_IMAGES,
                DashboardModel.Mode.SERVE, clock::get);
        DashboardModel.Snapshot first = model.current();
        assertEquals(first, model.current());
        SyntheticResults.append(results, SyntheticResults.line("SVC", Map.of("C", 2), "fashion", 0.81, 2L, 1));
        clock.addAndGet((DashboardModel.MIN_REBUILD_MILLIS - 1) * 1_000_000L);
        assertEquals(first, model.current(), "not read again within a second");
        clock.addAndGet(2_000_000L);
        DashboardModel.Snapshot second = model.current();
        assertNotEquals(first.etag(), second.etag());
        assertEquals(2, JSON.readTree(second.json()).get("results").size());
    }
}
