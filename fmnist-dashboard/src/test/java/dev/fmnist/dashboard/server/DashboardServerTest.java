package dev.fmnist.dashboard.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.dashboard.model.DashboardModel;
import dev.fmnist.dashboard.model.Sources;
import dev.fmnist.dashboard.testing.SyntheticResults;
import dev.fmnist.dashboard.web.WebAssets;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DashboardServerTest {
    @TempDir
    static Path dir;
    static DashboardServer server;
    static Path secret;
    /** Datasets the server was asked for: a refused request must not even load one. */
    static final AtomicInteger LOADS = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        Path results = dir.resolve("results");
        SyntheticResults.append(results, SyntheticResults.line("SVC", Map.of("C", 10), "fashion", 0.9, 1L, 3));
        secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-CONTENT");
        Files.createSymbolicLink(results.resolve("link.json"), secret);
        DatasetCache images = new DatasetCache(name -> {
            LOADS.incrementAndGet();
            throw new IOException("no datasets in this test");
        });
        DashboardModel model = new DashboardModel(new Sources(List.of(results), List.of()), images,
                DashboardModel.Mode.SERVE);
        server = DashboardServer.start(model, images, WebAssets.load(), "127.0.0.1", 0, 4);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Sends a raw request, exactly as written (no client normalizes the path), and returns the response. */
    static String raw(String requestLine, String... headers) throws IOException {
        return withBody(requestLine, "", headers);
    }

    /** A raw request with a body after the headers. */
    static String withBody(String requestLine, String body, String... headers) throws IOException {
        URI url = server.url();
        try (Socket s = new Socket(url.getHost(), url.getPort())) {
            StringBuilder req = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            for (String h : headers) {
                req.append(h).append("\r\n");
            }
            OutputStream out = s.getOutputStream();
            out.write(req.append("\r\n").append(body).toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    @Test
    void servesThePageItsAssetsAndTheData() throws IOException {
        String page = raw("GET / HTTP/1.1");
        assertEquals(200, status(page));
        assertTrue(page.contains("<script src=\"assets/app.js\" data-charts=\"assets/lib/echarts.min.js\"></script>"),
                "app.js first, told where ECharts is (loaded when needed)");
        assertTrue(page.indexOf("assets/app.js") < page.indexOf("<link rel=\"stylesheet\""), "before the styles");
        assertTrue(page.contains("<script src=\"assets/table.js\"></script>"));
        assertTrue(page.contains("Content-security-policy: default-src 'self'")
                || page.toLowerCase().contains("content-security-policy: default-src 'self'"));
        assertEquals(200, status(raw("GET /assets/app.js HTTP/1.1")));
        assertEquals(200, status(raw("GET /assets/lib/echarts.min.js HTTP/1.1")));
        String data = raw("GET /api/data HTTP/1.1");
        assertEquals(200, status(data));
        assertTrue(data.contains("\"name\":\"SVC\""));
        assertFalse(data.contains("SECRET-CONTENT"), "a link out of the directory is never read");
        assertTrue(data.contains("link.json: a link out of"));
    }

    @Test
    void theDocumentCarriesSummariesAndEachEntrysDetailsAreServedApart() throws IOException {
        String data = raw("GET /api/data HTTP/1.1");
        assertFalse(data.contains("\"confusion\""), "no confusion matrix in the table's document");
        Matcher id = Pattern.compile("\"id\":\"(c[0-9a-f]{12})\"").matcher(data);
        assertTrue(id.find(), data);
        String details = raw("GET /api/details/" + id.group(1) + " HTTP/1.1");
        assertEquals(200, status(details));
        assertTrue(details.contains("\"confusion\":[["), details);
        assertTrue(details.contains("\"mistakes\":[[0,1],[7,3]]"), details);
        assertEquals(200, status(raw("HEAD /api/details/" + id.group(1) + " HTTP/1.1")));
    }

    @Test
    void anUnchangedDocumentIsNotSentAgain() throws IOException {
        String first = raw("GET /api/data HTTP/1.1");
        String etag = first.lines().filter(l -> l.toLowerCase().startsWith("etag:")).findFirst().orElseThrow()
                .substring(5).strip();
        assertEquals(304, status(raw("GET /api/data HTTP/1.1", "If-None-Match: " + etag)));
        String gz = raw("GET /api/data HTTP/1.1", "Accept-Encoding: gzip");
        assertTrue(gz.toLowerCase().contains("content-encoding: gzip"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/assets/../../secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt",
        "/assets/%252e%252e/secret.txt", "/assets/..%2fsecret.txt", "/assets/..%5csecret.txt",
        "/assets/..\\secret.txt", "/assets//etc/passwd", "/assets/./app.js", "/%2fetc/passwd",
        "/api/sprite/fashion/test/..%2f..%2f0.png", "/assets/app.js%00", "/assets/%c0%ae%c0%ae/secret.txt",
        "/api/details/..%2f..%2fsecret.txt", "/api/details/../../secret.txt", "/api/details/%2e%2e", "/api/details/"})
    void traversalAndEncodedPathsAreRefusedWith400(String path) throws IOException {
        int before = LOADS.get();
        String response = raw("GET " + path + " HTTP/1.1");
        assertEquals(400, status(response), path + " -> " + response);
        assertFalse(response.contains("SECRET-CONTENT"));
        assertEquals(before, LOADS.get(), "nothing was loaded for " + path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "/secret.txt", "/results/results.jsonl", "/assets/secret.txt",
        "/assets/index.html", "/assets/manifest.txt", "/api/sprite/fashion/test/0.jpg",
        "/api/sprite/nosuch/test/0.png", "/api/sprite/fashion/valid/0.png", "/api/data/x", "/link.json",
        "/api/details/c000000000000", "/api/details", "/api/details/C1", "/api/details/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "/api/details/x/y",
        "/dev/fmnist/dashboard/web/app.js", "/META-INF/MANIFEST.MF"})
    void pathsOutsideTheFixedSetAre404(String path) throws IOException {
        String response = raw("GET " + path + " HTTP/1.1");
        assertEquals(404, status(response), path + " -> " + response);
        assertFalse(response.contains("SECRET-CONTENT"));
    }

    @Test
    void absoluteFormTargetsAreJudgedByTheirPath() throws IOException {
        assertEquals(404, status(raw("GET http://127.0.0.1/etc/passwd HTTP/1.1")));
        assertEquals(400, status(raw("GET http://127.0.0.1/assets/../secret.txt HTTP/1.1")));
    }

    @Test
    void bodiesOtherMethodsAndLongQueriesAreRefused() throws IOException {
        assertEquals(405, status(raw("POST /api/data HTTP/1.1", "Content-Length: 0")));
        assertEquals(405, status(raw("PUT /assets/app.js HTTP/1.1", "Content-Length: 0")));
        assertEquals(413, status(withBody("GET /api/data HTTP/1.1", "12345", "Content-Length: 5")));
        assertEquals(413, status(withBody("GET /api/data HTTP/1.1", "5\r\n12345\r\n0\r\n\r\n",
                "Transfer-Encoding: chunked")));
        assertEquals(414, status(raw("GET /api/data?" + "x".repeat(RequestGuard.MAX_QUERY + 1) + " HTTP/1.1")));
        assertEquals(414, status(raw("GET /" + "a".repeat(RequestGuard.MAX_PATH + 1) + " HTTP/1.1")));
        assertEquals(200, status(raw("GET /api/data?t=123 HTTP/1.1")), "a short query is allowed");
        assertEquals(200, status(raw("HEAD /assets/app.js HTTP/1.1")));
    }

    @Test
    void spritesOfADatasetTheServerCannotLoadAre404() throws IOException {
        assertEquals(404, status(raw("GET /api/sprite/fashion/test/0.png HTTP/1.1")));
    }
}
