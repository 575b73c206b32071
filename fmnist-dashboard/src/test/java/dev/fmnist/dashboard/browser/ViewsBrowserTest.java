package dev.fmnist.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fmnist.dashboard.Dashboard;
import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.dashboard.model.Sources;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.Fmnist;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The result, compare, charts, embedding and dataset-browser views in headless Chromium, served by {@code fmnist
 * serve}'s server on 127.0.0.1 and opened as {@code fmnist report}'s file: what each view shows is checked against
 * the data it was given (a confusion cell's images against the matrix, the difference of two matrices against the
 * two), with a screenshot of each step under target/screenshots.
 */
class ViewsBrowserTest extends BrowserTestBase {
    private Dataset fashion;
    private Path report;

    @Override
    protected void writeResults(Path resultsDir) {
        super.writeResults(resultsDir);
        try {
            fashion = Fmnist.load("fashion");
            ViewsFixture.writeResults(fashion, Path.of("..", "results", "reference", "results.jsonl"), resultsDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void writeModels(Path modelsDir) throws IOException {
        ViewsFixture.writeModels(fashion, modelsDir);
    }

    @BeforeAll
    void writeReport() throws IOException {
        report = dir.resolve("report.html");
        Dashboard.report(new Sources(List.of(results), List.of(models)), new DatasetCache(), report);
    }

    /** Opens the view afresh (not a change of hash in the page already open), served or from the report. */
    private void show(boolean file, String hash) {
        driver.get("about:blank");
        if (file) {
            openFile(report, hash);
        } else {
            open(hash);
        }
        until("return !!document.querySelector('#fmnist-view[data-view]')");
    }

    private void until(String condition, Object... args) {
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> Boolean.TRUE.equals(js(condition, args)));
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private void shot(String name) {
        screenshot("views-" + name);
    }

    /** The id of a result (C < 0: any C), read from the served page. */
    private String idOf(String name, double c) {
        if (!Boolean.TRUE.equals(js("return !!(window.FMNIST && FMNIST.data)"))) {
            show(false, "view=table");
        }
        return (String) js("return FMNIST.data.results.find(r => r.name === arguments[0]"
                + " && (arguments[1] < 0 || r.parameter.C === arguments[1])).id", name, c);
    }

    /** Clicks where a chart draws a data value (ECharts' own coordinate conversion). */
    private void clickChart(WebElement box, String finder, List<?> value) {
        @SuppressWarnings("unchecked")
        List<Number> px = (List<Number>) js("return echarts.getInstanceByDom(arguments[0]).convertToPixel("
                + finder + ", arguments[1])", box, value);
        moveInto(box, px.get(0).doubleValue(), px.get(1).doubleValue()).click().perform();
    }

    /** A pointer move to (x, y) pixels from the element's top left corner. */
    private Actions moveInto(WebElement box, double x, double y) {
        int w = box.getSize().getWidth();
        int h = box.getSize().getHeight();
        return new Actions(driver).moveToElement(box, (int) Math.round(x - w / 2.0), (int) Math.round(y - h / 2.0));
    }

    private void assertNoAlert() {
        try {
            driver.switchTo().alert();
            throw new AssertionError("a data string ran as script");
        } catch (NoAlertPresentException expected) {
            // the page parsed no data as HTML
        }
    }

    @Test
    void resultPageSwitchesTheMatrixAndShowsACellsImages() throws IOException {
        for (boolean file : new boolean[] {false, true}) {
            String id = idOf(ViewsFixture.SYNTHETIC, 0.01);
            show(file, "view=result&id=" + id);
            until("return !!document.querySelector('.fv-confusion canvas')");
            assertEquals(ViewsFixture.SYNTHETIC, text(".fv-title"));
            assertTrue(text(".fv-subtitle").contains("C=0.01"), text(".fv-subtitle"));
            assertTrue(text(".fv-machine").contains("cores"));

            driver.findElement(By.cssSelector(".fv-toggle[data-name=cm] button[data-value=shares]")).click();
            waitForUrl("cm=shares");
            @SuppressWarnings("unchecked")
            List<Number> rowSums = (List<Number>) js("const d = echarts.getInstanceByDom(document.querySelector('.fv-confusion'))"
                    + ".getOption().series[0].data; const s = new Array(10).fill(0);"
                    + " d.forEach(v => s[v[1]] += v[2]); return s;");
            rowSums.forEach(s -> assertEquals(1.0, s.doubleValue(), 1e-9));
            shot((file ? "report" : "serve") + "-result-shares");

            WebElement matrix = driver.findElement(By.cssSelector(".fv-confusion"));
            int[][] cells = {{6, 0}, {3, 3}};
            for (int[] cell : cells) {
                clickChart(matrix, "{seriesIndex: 0}", List.of(cell[1], cell[0]));
                until("return !!document.querySelector('.fv-cell-count')");
                long expected = ((Number) js("return FMNIST.loaded(arguments[0]).confusion[arguments[1]][arguments[2]]",
                        id, cell[0], cell[1])).longValue();
                List<String> names = fashion.test().labelNames();
                assertEquals("true " + names.get(cell[0]) + ", predicted " + names.get(cell[1]), text(".fv-cell-title"));
                assertEquals(expected + " test images", text(".fv-cell-count"));
                until("return document.querySelectorAll('.fv-cell-images canvas[data-drawn]').length"
                        + " === Math.min(100, arguments[0])", expected);
                String first = driver.findElement(By.cssSelector(".fv-cell-images .fv-tile canvas")).getAttribute("data-index");
                assertEquals(cell[0], fashion.test().label(Integer.parseInt(first)), "the image's true label");
                waitForUrl("cell=" + cell[0] + "%2C" + cell[1], "cell=" + cell[0] + "," + cell[1]);
            }
            shot((file ? "report" : "serve") + "-result-cell");

            long wrong = ((Number) js("return FMNIST.loaded(arguments[0]).mistakes.length", id)).longValue();
            assertTrue(text(".fv-mistakes .fv-note").startsWith(wrong + " test images wrong"));
            driver.findElement(By.cssSelector(".fv-mistakes .fv-next")).click();
            assertTrue(text(".fv-mistakes .fv-page").startsWith("page 2 of " + (wrong + 99) / 100), text(".fv-mistakes .fv-page"));
        }
    }

    @Test
    void aNetworksPageShowsItsConfusionHeatmapPerClassAccuracyAndMistakesWithConfidences() throws IOException {
        for (boolean file : new boolean[] {false, true}) {
            show(file, "view=table");
            String id = (String) js("return FMNIST.data.models.find(m => m.name === arguments[0]).id", ViewsFixture.NETWORK);
            show(file, "view=result&id=" + id);
            until("return !!document.querySelector('.fv-confusion canvas') && !!document.querySelector('.fv-per-class canvas')");
            assertEquals(ViewsFixture.NETWORK, text(".fv-title"));
            @SuppressWarnings("unchecked")
            Map<String, List<List<Number>>> history = (Map<String, List<List<Number>>>) new ObjectMapper().readValue(models.resolve(ViewsFixture.NETWORK + ".history.json").toFile(), Map.class);
            List<List<Number>> confusion = history.get("confusion");
            @SuppressWarnings("unchecked")
            List<List<Number>> cells = (List<List<Number>>) js("return echarts.getInstanceByDom("
                    + "document.querySelector('.fv-confusion')).getOption().series[0].data");
            assertEquals(100, cells.size(), "the 10 x 10 heatmap");
            for (List<Number> c : cells) {
                assertEquals(confusion.get(c.get(1).intValue()).get(c.get(0).intValue()).longValue(), c.get(2).longValue());
            }
            @SuppressWarnings("unchecked")
            List<Number> perClass = (List<Number>) js("return echarts.getInstanceByDom("
                    + "document.querySelector('.fv-per-class')).getOption().series[0].data");
            List<? extends Object> recorded = history.get("per_class_accuracy");
            assertEquals(10, perClass.size());
            for (int c = 0; c < 10; c++) {
                assertEquals(((Number) recorded.get(c)).doubleValue(), perClass.get(c).doubleValue(), 1e-12, "class " + c);
            }

            clickChart(driver.findElement(By.cssSelector(".fv-confusion")), "{seriesIndex: 0}", List.of(0, 6));
            until("return !!document.querySelector('.fv-cell-count')");
            assertEquals(confusion.get(6).get(0) + " test images", text(".fv-cell-count"));
            String cellTile = driver.findElement(By.cssSelector(".fv-cell-images .fv-tile")).getText();
            assertTrue(cellTile.matches("#\\d+\\s+\\d+\\.\\d% sure"), "a mistake's image with its confidence: " + cellTile);

            List<List<Number>> mistakes = history.get("mistakes");
            assertTrue(text(".fv-mistakes .fv-note").startsWith(mistakes.size() + " test images wrong"));
            List<Number> surest = mistakes.stream().max(Comparator.comparingDouble(m -> m.get(2).doubleValue()))
                    .orElseThrow();
            String tile = driver.findElement(By.cssSelector(".fv-mistakes .fv-tile")).getText();
            int index = surest.get(0).intValue();
            assertTrue(tile.startsWith("#" + index + " " + fashion.test().labelName(index)), tile);
            assertTrue(tile.contains("→ " + fashion.test().labelNames().get(surest.get(1).intValue())), tile);
            assertTrue(tile.endsWith(String.format(Locale.ROOT, "%.1f%% sure", 100 * surest.get(2).doubleValue())),
                    "the most confident mistake first, with its confidence: " + tile);
            shot((file ? "report" : "serve") + "-network-result");
        }
    }

    @Test
    void olderResultsWithoutMistakesSaySo() {
        show(false, "view=result&id=" + idOf("PassiveAggressiveClassifier", 1.0));
        until("return !!document.querySelector('.fv-no-mistakes')");
        assertTrue(text(".fv-mistakes").contains("recorded before fmnist kept the misclassified images"));
    }

    @Test
    void aResultTakenFromAnEquivalentConfigurationNamesIt() {
        show(false, "view=result&id=" + idOf(ViewsFixture.SYNTHETIC, 0.1));
        until("return !!document.querySelector('.fv-run')");
        assertTrue(text(".fv-run").contains("result of " + ViewsFixture.SHARED_FROM + ", which trains the same model"),
                text(".fv-run"));
        assertTrue(!text(".fv-parameters").contains("same_as"), text(".fv-parameters"));
        show(false, "view=table&q=" + ViewsFixture.SYNTHETIC);
        until("return !!document.querySelector('.ft-table')");
        String csv = (String) js("return FMNIST.table.csv(FMNIST.state.get())");
        assertTrue(csv.startsWith("name,parameter,") && csv.lines().findFirst().orElseThrow().endsWith(",status,same_as"),
                csv);
        assertTrue(csv.lines().anyMatch(l -> l.contains("C=0.1") && l.endsWith(",ok,\"" + ViewsFixture.SHARED_FROM + "\"")),
                "the export keeps same_as: " + csv);
    }

    @Test
    void dataStringsStayText() throws IOException {
        show(false, "view=result&id=" + idOf(HOSTILE, -1));
        until("return !!document.querySelector('.fv-title')");
        assertEquals(HOSTILE, text(".fv-title"));
        assertTrue(text(".fv-parameters").contains(HOSTILE));
        assertEquals(0L, js("return document.querySelectorAll('#fmnist-view img, #fmnist-view b').length"));
        String hostile = idOf(HOSTILE, -1);
        show(false, "view=compare&pins=" + hostile + "," + idOf(ViewsFixture.SYNTHETIC, 0.01));
        until("return !!document.querySelector('.fv-compare-table')");
        assertTrue(text(".fv-compare-table").contains(HOSTILE));
        js("echarts.getInstanceByDom(document.querySelector('.fv-per-class-section .fv-chart'))"
                + ".dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0})");
        until("return !!document.querySelector('.fv-per-class-section .fv-tip')");
        assertTrue(text(".fv-per-class-section .fv-tip").contains(HOSTILE), "the tooltip shows the name as text");
        assertEquals(0L, js("return document.querySelectorAll('#fmnist-view img, #fmnist-view b').length"));
        assertNoAlert();
        shot("serve-hostile-compare");
    }

    @Test
    void pinTwoAndCompare() throws IOException {
        for (boolean file : new boolean[] {false, true}) {
            pinTwoAndCompare(file);
        }
    }

    private void pinTwoAndCompare(boolean file) throws IOException {
        String a = idOf(ViewsFixture.SYNTHETIC, 0.01);
        String b = idOf(ViewsFixture.SYNTHETIC, 0.1);
        for (String id : List.of(a, b)) {
            String hash = "view=result&id=" + id + (id.equals(b) ? "&pins=" + a : "");
            show(file, hash);
            until("return !!document.querySelector('.fv-pin')");
            driver.findElement(By.cssSelector(".fv-pin")).click();
            until("return FMNIST.pins.get().includes(arguments[0])", id);
        }
        driver.findElement(By.cssSelector(".fv-compare")).click();
        until("return !!document.querySelector('.fv-difference canvas')");
        assertEquals(2, driver.findElements(By.cssSelector(".fv-compare-table thead th .fv-link")).size());
        String differing = (String) js("return [...document.querySelectorAll('.fv-compare-table tr.fv-differs th')]"
                + ".map(t => t.textContent).join('|')");
        assertTrue(differing.contains("parameter C") && differing.contains("accuracy"), differing);
        assertFalse(differing.contains("parameter kernel"), differing);
        @SuppressWarnings("unchecked")
        Map<String, Object> check = (Map<String, Object>) js("const d = echarts.getInstanceByDom(document.querySelector('.fv-difference'))"
                + ".getOption().series[0].data; const A = FMNIST.loaded(arguments[0]).confusion, B = FMNIST.loaded(arguments[1]).confusion;"
                + " let worst = 0; d.forEach(v => worst = Math.max(worst, Math.abs(v[2] - (A[v[1]][v[0]] - B[v[1]][v[0]]))));"
                + " return {cells: d.length, worst};", a, b);
        assertEquals(100L, check.get("cells"));
        assertEquals(0.0, ((Number) check.get("worst")).doubleValue(), 1e-9);
        shot((file ? "report" : "serve") + "-compare");
    }

    @Test
    void chartsShowEveryPart() throws IOException {
        for (boolean file : new boolean[] {false, true}) {
            chartsShowEveryPart(file);
        }
    }

    private void chartsShowEveryPart(boolean file) throws IOException {
        show(file, "view=charts&ds=fashion");
        until("return !!document.querySelector('.fv-pareto canvas') && !!document.querySelector('.fv-spread canvas')");
        @SuppressWarnings("unchecked")
        List<String> series = (List<String>) js("return echarts.getInstanceByDom(document.querySelector('.fv-pareto'))"
                + ".getOption().series.map(s => s.name)");
        assertTrue(series.containsAll(List.of(ViewsFixture.SYNTHETIC, "SGDClassifier", "network", "Pareto front")), series.toString());
        assertTrue(driver.findElements(By.cssSelector(".fv-parallel canvas")).size() > 0);
        assertTrue(driver.findElements(By.cssSelector(".fv-curve-accuracy canvas")).size() > 0);
        new Select(driver.findElement(By.cssSelector("select[name=family]"))).selectByValue(ViewsFixture.SYNTHETIC);
        until("return document.querySelector('.fv-parallel-section h3').textContent.endsWith(arguments[0])", ViewsFixture.SYNTHETIC);
        waitForUrl("family=" + ViewsFixture.SYNTHETIC);
        driver.findElement(By.cssSelector(".fv-toggle[data-name=x] button[data-value=seconds]")).click();
        assertEquals("seconds", js("return echarts.getInstanceByDom(document.querySelector('.fv-curve-loss')).getOption().xAxis[0].name"));
        shot((file ? "report" : "serve") + "-charts");
    }

    @Test
    void liveResultsReachTheChartsAndLeaveAResultPageAlone() throws IOException {
        String id = idOf(ViewsFixture.SYNTHETIC, 0.01);
        show(false, "view=result&id=" + id);
        until("return !!document.querySelector('.fv-confusion canvas')");
        js("document.querySelector('.fv-title').dataset.mark = 'kept'; window.fvUpdates = FMNIST.metrics.lastUpdate");
        String line = Files.readAllLines(results.resolve("results.jsonl"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(ViewsFixture.SYNTHETIC)).findFirst().orElseThrow()
                .replace(ViewsFixture.SYNTHETIC, "LateClassifier");
        Files.writeString(results.resolve("results.jsonl"), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        until("return FMNIST.metrics.lastUpdate !== window.fvUpdates && FMNIST.data.results.some(r => r.name === 'LateClassifier')");
        assertEquals("kept", js("return document.querySelector('.fv-title').dataset.mark"), "the result page was not drawn again");

        driver.findElement(By.cssSelector("a[data-view=charts]")).click();
        until("return !!document.querySelector('.fv-pareto canvas')");
        js("window.fvUpdates = FMNIST.metrics.lastUpdate");
        Files.writeString(results.resolve("results.jsonl"), line.replace("LateClassifier", "LaterClassifier") + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        until("return FMNIST.metrics.lastUpdate !== window.fvUpdates && echarts.getInstanceByDom(document.querySelector('.fv-pareto'))"
                + ".getOption().series.some(s => s.name === 'LaterClassifier')");
    }

    @Test
    void embeddingShowsTheImageUnderTheCursorAndItsNeighbours() throws IOException {
        for (boolean file : new boolean[] {false, true}) {
            show(file, "view=embedding");
            String map = (String) js("return FMNIST.data.embeddings.find(e => e.x.length === 70000).id");
            show(file, "view=embedding&emb=" + map);
            until("return !!(FMNIST.metrics.embedding && FMNIST.metrics.embedding.renderedMs != null)");
            @SuppressWarnings("unchecked")
            Map<String, Object> metrics = (Map<String, Object>) js("return FMNIST.metrics.embedding");
            assertEquals(70_000L, metrics.get("points"));
            System.out.printf("embedding (%s): 70,000 points, first frame %.0f ms, drawn %.0f ms%n",
                    file ? "report" : "served", ((Number) metrics.get("firstFrameMs")).doubleValue(),
                    ((Number) metrics.get("renderedMs")).doubleValue());
            WebElement box = driver.findElement(By.cssSelector(".fv-embedding"));
            // the test image farthest out: alone under the cursor, and drawn in the report too
            int point = ((Number) js("const e = FMNIST.data.embeddings.find(m => m.x.length === 70000); let best = -1, far = -1;"
                    + " for (let i = 0; i < e.x.length; i++) { const d = e.x[i] * e.x[i] + e.y[i] * e.y[i];"
                    + " if (e.point_split[i] === 'test' && d > far) { far = d; best = i; } } return best;")).intValue();
            int index = ((Number) js("return FMNIST.data.embeddings.find(m => m.x.length === 70000).index[arguments[0]]", point)).intValue();
            @SuppressWarnings("unchecked")
            List<Number> px = (List<Number>) js("return FMNIST.kit.embeddingPixel(arguments[0])", point);
            moveInto(box, 2, 2).perform();
            moveInto(box, px.get(0).doubleValue(), px.get(1).doubleValue()).perform();
            until("const h = document.querySelector('.fv-hover'); return !h.hidden && !!h.querySelector('canvas[data-drawn]')");
            assertEquals(String.valueOf(index), driver.findElement(By.cssSelector(".fv-hover canvas")).getAttribute("data-index"));
            String hover = text(".fv-hover");
            String label = fashion.test().labelNames().get(fashion.test().label(index));
            assertTrue(hover.startsWith("test #" + index) && hover.contains(label), hover + " names " + label);
            shot((file ? "report" : "serve") + "-embedding-hover");
            new Actions(driver).click().perform();
            until("return document.querySelectorAll('.fv-neighbour-tiles canvas[data-drawn]').length === 12");
            shot((file ? "report" : "serve") + "-embedding-neighbours");
            new Select(driver.findElement(By.cssSelector("select[name=color]"))).selectByValue("right");
            until("return !!(FMNIST.metrics.embedding && FMNIST.metrics.embedding.renderedMs != null)"
                    + " && echarts.getInstanceByDom(document.querySelector('.fv-embedding')).getOption().series.some(s => s.name === 'wrong')");
        }
    }

    @Test
    void browserPagesTheDatasetByClassAndSplit() throws IOException {
        show(false, "view=browser&ds=fashion&split=train&cls=3");
        until("return document.querySelectorAll('.fv-gallery canvas[data-drawn]').length === 100");
        assertTrue(text(".fv-page").startsWith("page 1 of 60 (images 1–100 of 6000)"), text(".fv-page"));
        driver.findElement(By.cssSelector(".fv-next")).click();
        until("return document.querySelectorAll('.fv-gallery canvas[data-drawn]').length === 100");
        waitForUrl("page=1");
        for (WebElement canvas : driver.findElements(By.cssSelector(".fv-gallery canvas"))) {
            assertEquals(3, fashion.train().label(Integer.parseInt(canvas.getAttribute("data-index"))));
        }
        shot("serve-browser");

        show(true, "view=browser&ds=fashion&split=train");
        until("return document.querySelectorAll('.fv-gallery canvas[data-drawn]').length === 100");
        assertTrue(text(".fv-no-train").contains("not in the report"));
        assertEquals(List.of("test"), new Select(driver.findElement(By.cssSelector("select[name=split]"))).getOptions()
                .stream().map(WebElement::getText).toList());
        assertTrue(text(".fv-page").endsWith("of 10000)"), text(".fv-page"));
        shot("report-browser");
    }
}
