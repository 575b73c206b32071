package dev.fmnist.dashboard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.dashboard.model.DashboardModel;
import dev.fmnist.dashboard.model.Sources;
import dev.fmnist.dashboard.testing.SyntheticResults;
import dev.fmnist.dashboard.web.WebAssets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportBuilderTest {
    static final String HOSTILE = "<img src=x onerror=alert('fmnist-xss')></script><script>alert(2)</script><!--";

    @TempDir
    Path dir;

    private ReportBuilder builder(DatasetCache images) {
        Path results = dir.resolve("results");
        SyntheticResults.append(results, SyntheticResults.line(HOSTILE, Map.of("k", HOSTILE), "fashion", 0.9, 1L, 3));
        return new ReportBuilder(new DashboardModel(new Sources(List.of(results), List.of()), images,
                DashboardModel.Mode.REPORT), images, WebAssets.load());
    }

    @Test
    void theReportIsOneFileWhoseDataBlockEndsOnlyWhereItShould() throws IOException {
        String html = builder(new DatasetCache()).html();
        assertEquals(1, count(html, "<script type=\"application/json\" id=\"fmnist-data\">"));
        assertFalse(html.contains("<img src=x onerror=alert('fmnist-xss')"), "the hostile name never appears as markup");
        assertFalse(html.contains("<script>alert(2)"));
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"fmnist-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertTrue(m.find());
        JsonNode data = new ObjectMapper().readTree(m.group(1));
        assertEquals(HOSTILE, data.get("results").get(0).get("name").asText(), "and parses back to the same text");
        assertEquals("report", data.get("mode").asText());
        JsonNode result = data.get("results").get(0);
        assertFalse(result.has("confusion"), "the details are not in the document");
        Matcher d = Pattern.compile("<script type=\"application/json\" id=\"fmnist-details-" + result.get("id").asText()
                + "\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(d.find(), "but in a block of their own");
        JsonNode details = new ObjectMapper().readTree(d.group(1));
        assertEquals(10, details.get("confusion").size());
        assertFalse(html.contains("src=\"assets/"), "nothing is loaded from outside the file");
        assertFalse(Pattern.compile("<script[^>]+src=").matcher(html).find());
        assertFalse(html.contains("<link"));
        WebAssets web = WebAssets.load();
        assertEquals(web.scripts().size() + 3, count(html, "<script"),
                "each script once, the data, the one result's details and the sprites");
        assertEquals(count(html, "<script"), count(html.toLowerCase(), "</script"), "every script element closes once");
    }

    @Test
    void theTestImagesOfTheDatasetsShownAreInsideAsDataUris() {
        String html = builder(new DatasetCache()).html();
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"fmnist-sprites\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertTrue(m.find());
        assertTrue(m.group(1).startsWith("{\"fashion\":{\"test\":[\"data:image/png;base64,"));
        assertEquals(10, count(m.group(1), "data:image/png;base64,"), "10,000 test images in pages of 1,000");
    }

    @Test
    void writingReplacesTheFileAtomicallyAndLeavesNoTemporaryFile() throws IOException {
        Path out = dir.resolve("report.html");
        Files.writeString(out, "old");
        long size = builder(new DatasetCache(name -> {
            throw new IOException("no datasets here");
        })).write(out);
        assertEquals(size, Files.size(out));
        assertTrue(Files.readString(out).startsWith("<!doctype html>"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("report.html", "results"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
