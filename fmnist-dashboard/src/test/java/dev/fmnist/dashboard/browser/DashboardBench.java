package dev.fmnist.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.grid.GridReader;
import dev.fmnist.dashboard.Dashboard;
import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.dashboard.model.Sources;
import dev.fmnist.dashboard.server.DashboardServer;
import dev.fmnist.dashboard.testing.LoadRun;
import dev.fmnist.dashboard.testing.SyntheticResults;
import dev.fmnist.estimator.FamilyRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard's performance figures (not a test: it asserts nothing and runs only with {@code -Dfmnist.bench=true},
 * from {@code bench/dashboard.sh}): the table with 10,000 results (time to the first drawn table, sort and filter
 * times measured in the browser up to the next frame, a live update when one result is appended), the report of the full grid on both datasets with one
 * 10,000-point map (size, time to open), and {@code fmnist serve} under load (requests/s, p50, p99, errors).
 */
@EnabledIfSystemProperty(named = "fmnist.bench", matches = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBench {
    @TempDir
    Path dir;
    ChromeDriver driver;
    final List<String> report = new ArrayList<>();

    @BeforeAll
    void browser() {
        driver = BrowserTestBase.newDriver();
    }

    @AfterAll
    void close() throws IOException {
        driver.quit();
        String text = String.join("\n", report) + "\n";
        System.out.print("\n=== dashboard bench ===\n" + text);
        Path out = Path.of(System.getProperty("fmnist.bench.out", "target/dashboard-bench.txt"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text);
    }

    private Object js(String script) {
        return driver.executeScript(script);
    }

    private double metric(String name) {
        Object v = js("return FMNIST.metrics." + name);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private void waitForData() {
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> Boolean.TRUE.equals(js(
                "return !!(window.FMNIST && FMNIST.data && FMNIST.metrics.firstRenderMs !== undefined)")));
    }

    /** Milliseconds from the action to the next frame after it, {@code n} times in the page; sorted. */
    @SuppressWarnings("unchecked")
    private List<Number> timed(String actions) {
        return (List<Number>) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));"
                + "const actions = " + actions + "; (async () => { const out = [];"
                + "for (const a of actions) { await frame(); const t0 = performance.now(); a(); await frame();"
                + "out.push(performance.now() - t0); } out.sort((x, y) => x - y); done(out); })();");
    }

    private static String summary(List<Number> ms) {
        return String.format(Locale.ROOT, "median %.1f ms, max %.1f ms over %d", ms.get(ms.size() / 2).doubleValue(),
                ms.get(ms.size() - 1).doubleValue(), ms.size());
    }

    @Test
    void tableWithTenThousandResults() throws IOException {
        try (DashboardServer server = SyntheticResults.serveMany(dir.resolve("many"), 10_000, 7)) {
            for (int run = 0; run < 3; run++) {
                driver.get("about:blank");
                driver.get(server.url().toString());
                waitForData();
                report.add(String.format(Locale.ROOT, "table, 10,000 results, run %d: first table drawn %.0f ms after "
                        + "navigation (data asked at %.0f ms, answered in %.0f ms, read and parsed in %.0f ms, drawn in "
                        + "%.0f ms; %d bytes of JSON)", run + 1, metric("firstRenderMs"), metric("dataAskedMs"),
                        metric("dataMs"), metric("parseMs"), metric("renderMs"),
                        ((Number) js("return JSON.stringify(FMNIST.data).length")).longValue()));
            }
            String th = "k => () => document.querySelector('th[data-key=' + k + ']').click()";
            report.add("table sort (click to next frame): " + summary(timed("['accuracy','accuracy','name','name','time',"
                    + "'done','done','std','repeats','published','diff','start'].map(" + th + ")")));
            String q = "v => () => { const q = document.querySelector('.ft-q'); q.value = v;"
                    + " q.dispatchEvent(new Event('input')); }";
            report.add("table free-text filter (keystroke to next frame): " + summary(timed(
                    "['s','sv','svc','svc ','svc r','svc rb','svc rbf','','l','li','lin','']" + ".map(" + q + ")")));
            String e = "v => () => { const q = document.querySelector('.ft-expr'); q.value = v;"
                    + " q.dispatchEvent(new Event('input')); }";
            report.add("table expression filter: " + summary(timed("['accuracy > 0.85','accuracy > 0.85 and family = SVC',"
                    + "'fit_s < 60','not (kernel = rbf or C >= 10)','']" + ".map(" + e + ")")));
            report.add("table tab switch: " + summary(timed("['mnist','fashion','side','fashion'].map(t => () => "
                    + "document.querySelector('[data-tab=' + t + ']').click())")));
            for (int update = 0; update < 3; update++) {
                js("window.benchUpdate = FMNIST.metrics.lastUpdate");
                SyntheticResults.append(dir.resolve("many"), SyntheticResults.line("LiveClassifier", Map.of("C", update),
                        "fashion", 0.8, System.currentTimeMillis() / 1000, 10));
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(js(
                        "return FMNIST.metrics.lastUpdate !== window.benchUpdate")));
                report.add(String.format(Locale.ROOT, "live update, one result appended to 10,000: %.0f ms to read and"
                        + " merge, %.0f ms to draw, %d characters sent (only the changes: %s)", metric("updateReadMs"),
                        metric("updateMs"),
                        ((Number) js("return FMNIST.metrics.updateBytes")).longValue(),
                        js("return FMNIST.metrics.lastDelta")));
            }
        }
    }

    @Test
    void reportOfTheFullGridOnBothDatasets() throws IOException {
        Path results = Files.createDirectories(dir.resolve("grid"));
        List<Configuration> grid = GridReader.original(FamilyRegistry.standard()).configurations();
        Random random = new Random(3);
        long now = System.currentTimeMillis() / 1000;
        StringBuilder lines = new StringBuilder();
        for (String dataset : List.of("fashion", "mnist")) {
            for (Configuration c : grid) {
                double accuracy = 0.70 + 0.25 * random.nextDouble();
                String line = SyntheticResults.line(c.family(), c.parameters(), dataset, accuracy,
                        now - random.nextInt(86_400), 1 + 600 * random.nextDouble());
                lines.append(withMistakes(line, (int) Math.round((1 - accuracy) * 10_000), random)).append('\n');
            }
        }
        Files.writeString(results.resolve("results.jsonl"), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE);
        Path out = dir.resolve("report.html");
        long t0 = System.nanoTime();
        long bytes = Dashboard.report(new Sources(List.of(results), List.of()), new DatasetCache(), out);
        double writeSeconds = (System.nanoTime() - t0) / 1e9;
        report.add(String.format(Locale.ROOT, "report: %d results (the original grid, %d configurations, on fashion and"
                + " mnist, with recorded mistakes) + the 10,000-point PCA map: %.2f MB (%d bytes), written in %.1f s",
                2 * grid.size(), grid.size(), bytes / 1e6, bytes, writeSeconds));
        for (int run = 0; run < 3; run++) {
            driver.get("about:blank");
            driver.get(out.toUri().toString());
            waitForData();
            assertEquals(2L * grid.size(), js("return FMNIST.data.results.length"), "every result in the report");
            report.add(String.format(Locale.ROOT, "report open, run %d: first table drawn %.0f ms after navigation, "
                    + "load event %.0f ms", run + 1, ((Number) js("return FMNIST.metrics.firstRenderMs")).doubleValue(),
                    ((Number) js("const t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd"))
                            .doubleValue()));
        }
    }

    /** A results line with {@code n} recorded mistakes, as a benchmark of that accuracy would record them. */
    private static String withMistakes(String line, int n, Random random) {
        TreeSet<Integer> indexes = new TreeSet<>();
        while (indexes.size() < n) {
            indexes.add(random.nextInt(10_000));
        }
        StringBuilder m = new StringBuilder("\"mistakes\":[");
        String sep = "";
        for (int i : indexes) {
            m.append(sep).append('[').append(i).append(',').append(random.nextInt(10)).append(']');
            sep = ",";
        }
        return line.replaceFirst("\"mistakes\":\\[\\[0,1\\],\\[7,3\\]\\]", m.append(']').toString());
    }

    @Test
    void serveUnderLoad() throws Exception {
        Path results = dir.resolve("load");
        try (DashboardServer server = SyntheticResults.serveMany(results, 1_000, 5)) {
            LoadRun.run(server.url(), results, 4, 300, 60);
            report.add("serve under load (16 clients, 1,000 results, a writer appending every 100 ms, page, scripts, "
                    + "/api/data with and without ETag, sprites): " + LoadRun.run(server.url(), results, 16, 6000, 180));
        }
    }
}
