package dev.fmnist.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.dashboard.Dashboard;
import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.dashboard.model.Sources;
import dev.fmnist.dashboard.server.DashboardServer;
import dev.fmnist.dashboard.testing.SyntheticResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The table view in a real headless Chromium: served and from a report file. */
class TableBrowserTest extends BrowserTestBase {
    /** The names in the table's rows, read in one step (a live update may redraw the table at any time). */
    @SuppressWarnings("unchecked")
    private List<String> names() {
        return (List<String>) js("return [...document.querySelectorAll('.ft-table tbody tr.ft-row td:nth-child(2)')]"
                + ".map(td => td.textContent)");
    }

    private void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    @Test
    void theTableOpensNewestFirstAndAHeaderClickSortsAndFlips() {
        open("");
        assertEquals(List.of("GaussianNB", HOSTILE, "SVC", "LogisticRegression"), names(), "newest first");
        click("th[data-key=accuracy]");
        assertEquals("SVC", names().get(0));
        click("th[data-key=accuracy]");
        assertEquals(HOSTILE, names().get(0), "the second click flips the order");
        String url = waitForUrl("dir=asc");
        assertTrue(url.contains("sort=accuracy") && url.contains("dir=asc"), url);
        screenshot("table-sorted");
        driver.navigate().refresh();
        waitForData();
        assertEquals(HOSTILE, names().get(0), "the link reproduces the sort");
    }

    @Test
    void theThreeTabsShowFashionMnistAndBothJoinedOnClassifierAndParameters() {
        open("");
        click("[data-tab=mnist]");
        assertEquals(List.of("SVC", "LogisticRegression"), names());
        click("[data-tab=side]");
        List<String> side = names();
        assertEquals(4, side.size(), side.toString());
        WebElement svc = all(".ft-table tbody tr.ft-row").stream()
                .filter(r -> r.getText().contains("SVC")).findFirst().orElseThrow();
        assertTrue(svc.getText().contains("0.8981") && svc.getText().contains("0.9812"), svc.getText());
        screenshot("table-side-by-side");
        click("[data-tab=fashion]");
        assertEquals(4, names().size());
    }

    @Test
    void freeTextAndExpressionFiltersWithAClearMessageForABadExpression() {
        open("");
        WebElement q = driver.findElement(By.cssSelector(".ft-q"));
        q.sendKeys("logistic");
        assertEquals(List.of("LogisticRegression"), names());
        q.clear();
        q.sendKeys("kernel=rbf");
        assertEquals(List.of("SVC"), names(), "parameters are searched too");
        js("document.querySelector('.ft-q').value=''; document.querySelector('.ft-q').dispatchEvent(new Event('input'))");
        WebElement expr = driver.findElement(By.cssSelector(".ft-expr"));
        expr.sendKeys("accuracy > 0.85 and family = SVC");
        assertEquals(List.of("SVC"), names());
        expr.clear();
        expr.sendKeys("fit_s < 60 and not (family = GaussianNB)");
        assertEquals(List.of(HOSTILE, "LogisticRegression"), names());
        String csv = (String) js("return FMNIST.table.csv(FMNIST.state.get())");
        assertEquals(3, csv.lines().count(), "a header and the two rows shown: " + csv);
        assertTrue(csv.startsWith("name,parameter,dataset,mean_accuracy,std_accuracy,time_per_repeat,"), csv);
        assertTrue(csv.contains("\n" + HOSTILE + ",note=" + HOSTILE + ",fashion,0.5,"), csv);
        expr.sendKeys(" and (");
        String message = driver.findElement(By.cssSelector(".ft-message")).getText();
        assertTrue(message.startsWith("Expression: "), message);
        screenshot("table-bad-expression");
    }

    @Test
    void aHostileNameIsShownAsTextAndAMalformedLineAsAWarning() {
        open("");
        assertTrue(names().contains(HOSTILE));
        assertEquals(0, all("#fmnist-view img").size(), "no element was made from the name");
        assertEquals(Boolean.FALSE, js("return !!window.__fmnistAlert"));
        String warnings = driver.findElement(By.id("fmnist-warnings")).getText();
        assertTrue(warnings.contains("skipped 1 line"), warnings);
    }

    @Test
    void groupsByFamilyPinsAndARowClickOpensTheResult() {
        open("");
        click(".ft-group-toggle");
        assertEquals(js("return new Set(FMNIST.data.results.filter(r => r.dataset === 'fashion')"
                + ".map(r => r.family)).size"), (long) all("tr.ft-group").size());
        click("tr.ft-group[data-family=SVC]");
        assertEquals(List.of("SVC"), names());
        click(".ft-group-toggle");
        click(".ft-table tbody tr.ft-row .ft-pin");
        click(".ft-table tbody tr.ft-row:nth-child(2) .ft-pin");
        assertEquals(2L, js("return FMNIST.pins.get().length"));
        assertTrue(driver.getCurrentUrl().contains("pins="));
        String id = all(".ft-table tbody tr.ft-row").get(0).getAttribute("data-id");
        click(".ft-table tbody tr.ft-row td:nth-child(2)");
        assertTrue(driver.getCurrentUrl().contains("view=result&id=" + id), driver.getCurrentUrl());
    }

    @Test
    void aResultAppendedWhileThePageIsOpenAppearsWithoutAReload() {
        open("");
        SyntheticResults.append(results, SyntheticResults.line("LiveAppendedClassifier", Map.of("C", 3.0), "fashion",
                0.77, NOW, 5));
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> names().contains("LiveAppendedClassifier"));
        assertEquals("LiveAppendedClassifier", names().get(0), "the newest first");
        assertEquals(Boolean.TRUE, js("return FMNIST.metrics.lastDelta"), "only what changed was sent");
        assertEquals(1L, js("return FMNIST.metrics.updateEntries"));
        assertEquals(1L, js("return FMNIST.data.results.filter(r => r.name === 'LiveAppendedClassifier').length"));
    }

    @Test
    void theReportFileOpensFromDiskWithTheTableAndTheTestImages() throws IOException {
        Path report = dir.resolve("report.html");
        Dashboard.report(new Sources(List.of(results), List.of()), new DatasetCache(), report);
        openFile(report, "");
        assertEquals("report", js("return FMNIST.data.mode"));
        assertTrue(names().contains("SVC"));
        click("[data-tab=side]");
        assertEquals(4, names().size());
        assertEquals(Boolean.TRUE, js("return FMNIST.images.has('fashion', 'test')"));
        assertEquals(Boolean.FALSE, js("return FMNIST.images.has('fashion', 'train')"));
        Object ink = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const c = document.createElement('canvas');"
                        + "c.width = 28; c.height = 28; FMNIST.images.draw(c, 'fashion', 'test', 0).then(() => {"
                        + "const d = c.getContext('2d').getImageData(0, 0, 28, 28).data; let s = 0;"
                        + "for (let i = 0; i < d.length; i += 4) s += d[i]; done(s); }, e => done(-1));");
        assertTrue(((Number) ink).longValue() > 0, "test image 0 (an ankle boot) has ink: " + ink);
        screenshot("report-table");
    }

    @Test
    void theTableGetsSummariesAndAResultsDetailsAreReadOnlyWhenItIsShown() throws IOException {
        Path report = dir.resolve("report-details.html");
        Dashboard.report(new Sources(List.of(results), List.of()), new DatasetCache(), report);
        for (boolean file : new boolean[] {false, true}) {
            driver.get("about:blank");
            if (file) {
                openFile(report, "");
            } else {
                open("");
            }
            assertEquals(0L, js("return FMNIST.data.results.filter(r => 'confusion' in r || 'mistakes' in r"
                    + " || 'per_class_accuracy' in r || 'machine' in r).length"), "only summaries in the document");
            assertEquals(0L, js("return FMNIST.data.results.filter(r => FMNIST.loaded(r.id)).length"),
                    "no details read for the table");
            String id = (String) js("return FMNIST.data.results.find(r => r.name === 'SVC' && r.dataset === 'fashion').id");
            assertEquals(2L, js("return FMNIST.find(arguments[0]).mistake_count", id));
            js("FMNIST.state.set({view: 'result', id: arguments[0]})", id);
            waitFor(".fv-per-class canvas", 30);
            assertEquals(10L, js("return FMNIST.loaded(arguments[0]).confusion.length", id));
            assertEquals(List.of(0L, 1L), js("return FMNIST.loaded(arguments[0]).mistakes[0]", id));
            assertEquals(1L, js("return FMNIST.data.results.filter(r => FMNIST.loaded(r.id)).length"),
                    "only the result shown");
            assertTrue(driver.findElement(By.cssSelector(".fv-machine")).getText().contains("cores"));
        }
    }

    @Test
    void afterASortEveryRowOfThePageShowsItsResultThoseOutOfViewSoonAfter() throws IOException {
        try (DashboardServer other = SyntheticResults.serveMany(dir.resolve("many-results"), 250, 11)) {
            driver.get(other.url().toString());
            waitForData();
            for (String key : List.of("accuracy", "name", "time", "time")) {
                click("th[data-key=" + key + "]");
                new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> Boolean.TRUE.equals(js(
                        "const want = FMNIST.table.visible(FMNIST.state.get()).rows.slice(0, 100).map(r => r.id);"
                        + " const got = [...document.querySelectorAll('.ft-table tbody tr.ft-row')]"
                        + ".map(tr => tr.getAttribute('data-id'));"
                        + " return got.length === 100 && got.every((id, i) => id === want[i]);")));
            }
        }
    }

    @Test
    void withNoResultsOfTheUsersOwnThePageSaysItShowsTheReferenceResults() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty-results"));
        try (DashboardServer other = Dashboard.serve(new Sources(List.of(empty), List.of()), new DatasetCache(),
                "127.0.0.1", 0)) {
            driver.get(other.url().toString());
            waitForData();
            WebElement notice = driver.findElement(By.id("fmnist-notice"));
            assertTrue(notice.isDisplayed());
            assertTrue(notice.getText().startsWith("No results of your own yet"), notice.getText());
            assertTrue(!names().isEmpty(), "the reference results are in the table");
            screenshot("table-reference");
        }
    }
}
