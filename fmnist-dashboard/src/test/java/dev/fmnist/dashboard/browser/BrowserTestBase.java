package dev.fmnist.dashboard.browser;

import dev.fmnist.dashboard.Dashboard;
import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.dashboard.model.Sources;
import dev.fmnist.dashboard.server.DashboardServer;
import dev.fmnist.dashboard.testing.SyntheticResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test of the dashboard shares: a results directory of synthetic results (on Fashion-MNIST and
 * MNIST, side by side, one named {@value #HOSTILE}) plus a line that is not a result, a server on 127.0.0.1 over it
 * (real datasets from the tests' cache, so images draw; subclasses add files with {@link #writeResults} and
 * {@link #writeModels}), and one headless Debian Chromium driven through
 * {@code /usr/bin/chromedriver}. Subclasses (dash-views' too) open views with {@link #open(String)} and keep
 * screenshots under {@code target/screenshots} with {@link #screenshot(String)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestBase {
    /** A configuration name that would run a script if it were ever parsed as HTML. */
    public static final String HOSTILE = "<img src=x onerror=alert(1)>";
    /** The epoch second the synthetic results are dated before. */
    protected static final long NOW = System.currentTimeMillis() / 1000;

    protected Path dir;
    protected Path results;
    protected Path models;
    protected DashboardServer server;
    protected ChromeDriver driver;

    /** The results the server starts with; subclasses may add their own. */
    protected void writeResults(Path resultsDir) {
        SyntheticResults.append(resultsDir,
                SyntheticResults.line("SVC", Map.of("C", 10.0, "kernel", "rbf"), "fashion", 0.8981, NOW - 3 * 3600, 402),
                SyntheticResults.line("SVC", Map.of("C", 10.0, "kernel", "rbf"), "mnist", 0.9812, NOW - 2 * 3600, 250),
                SyntheticResults.line("LogisticRegression", Map.of("C", 1.0), "fashion", 0.8421, NOW - 5 * 3600, 30),
                SyntheticResults.line("LogisticRegression", Map.of("C", 1.0), "mnist", 0.9201, NOW - 4 * 3600, 20),
                SyntheticResults.line("GaussianNB", Map.of(), "fashion", 0.5856, NOW - 60, 1),
                SyntheticResults.line(HOSTILE, Map.of("note", HOSTILE), "fashion", 0.5, NOW - 7200, 2),
                "this line is not a result");
    }

    /** Files for the models directory ({@code fmnist train}'s models and histories, embed maps); none here. */
    protected void writeModels(Path modelsDir) throws IOException {
    }

    @BeforeAll
    void startServerAndBrowser() throws IOException {
        dir = Files.createTempDirectory("fmnist-browser");
        results = dir.resolve("results");
        models = Files.createDirectories(dir.resolve("models"));
        writeResults(results);
        writeModels(models);
        server = Dashboard.serve(new Sources(List.of(results), List.of(models)), new DatasetCache(), "127.0.0.1", 0);
        driver = newDriver();
    }

    @AfterAll
    void stopServerAndBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Selenium warns that it has no DevTools classes for this Chromium's version; the tests do not use them. */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIET.forEach(l -> l.setLevel(Level.OFF));
    }

    /** A headless Chromium of Debian's packages: nothing is downloaded. */
    protected static ChromeDriver newDriver() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("fmnist.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--allow-file-access-from-files", "--no-first-run",
                "--disable-extensions", "--disable-background-networking");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    /** Opens the served page with this hash (e.g. {@code view=result&id=...}; empty for the default view). */
    protected void open(String hash) {
        driver.get(server.url() + (hash.isEmpty() ? "" : "#" + hash));
        waitForData();
    }

    /** Opens a file (a report) in the browser. */
    protected void openFile(Path file, String hash) {
        driver.get(file.toUri() + (hash.isEmpty() ? "" : "#" + hash));
        waitForData();
    }

    /** Waits until the page has its data and drew its first view. */
    protected void waitForData() {
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> Boolean.TRUE.equals(js(
                "return !!(window.FMNIST && FMNIST.data && FMNIST.metrics.firstRenderMs !== undefined)")));
    }

    /**
     * Waits until the page's address contains one of {@code parts} and returns it: a view's choice (kept with
     * {@code FMNIST.state.replace}) reaches the address when the page is next idle, within 0.2 s.
     */
    protected String waitForUrl(String... parts) {
        return new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> {
            String url = d.getCurrentUrl();
            return url != null && java.util.Arrays.stream(parts).anyMatch(url::contains) ? url : null;
        });
    }

    /** Waits up to {@code seconds} for an element. */
    protected WebElement waitFor(String css, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Runs a script in the page and returns its value. */
    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The elements matching a CSS selector. */
    protected List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Saves a screenshot as {@code target/screenshots/NAME.png}. */
    protected Path screenshot(String name) {
        try {
            Path dirOut = Path.of(System.getProperty("fmnist.screenshots", "target/screenshots"));
            Files.createDirectories(dirOut);
            Path file = dirOut.resolve(name + ".png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
