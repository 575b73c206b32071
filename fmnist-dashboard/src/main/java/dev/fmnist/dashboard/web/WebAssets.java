package dev.fmnist.dashboard.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page's files, read once from the class path: {@code index.html} (a template with the markers
 * {@value #STYLES}, {@value #DATA} and {@value #SCRIPTS}), {@code style.css}, and every file that
 * {@code web/manifest.txt} lists, in its order ({@value #ECHARTS} is Apache ECharts from its webjar). A file is
 * found by its name in this fixed set only.
 */
public final class WebAssets {
    /** Where the web files are on the class path. */
    static final String ROOT = "/dev/fmnist/dashboard/web/";
    /** The manifest's name for Apache ECharts. */
    public static final String ECHARTS = "lib/echarts.min.js";
    /** Where the webjar keeps it. */
    static final String ECHARTS_RESOURCE = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    /** Marker in index.html replaced by the style sheets. */
    public static final String STYLES = "<!--fmnist:styles-->";
    /** Marker in index.html replaced by the data block (a report) or nothing (served). */
    public static final String DATA = "<!--fmnist:data-->";
    /** Marker in index.html replaced by the scripts. */
    public static final String SCRIPTS = "<!--fmnist:scripts-->";

    private final String index;
    private final Map<String, byte[]> files;
    private final List<String> styles;
    private final List<String> scripts;

    private WebAssets(String index, Map<String, byte[]> files, List<String> styles, List<String> scripts) {
        this.index = index;
        this.files = files;
        this.styles = styles;
        this.scripts = scripts;
    }

    /**
     * The bundled files.
     *
     * @throws UncheckedIOException when the jar lacks one the manifest lists (a broken build)
     */
    public static WebAssets load() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> styles = new ArrayList<>(List.of("style.css"));
        List<String> scripts = new ArrayList<>();
        files.put("style.css", resource(ROOT + "style.css"));
        String manifest = new String(resource(ROOT + "manifest.txt"), StandardCharsets.UTF_8);
        for (String line : manifest.split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (!name.matches("[A-Za-z0-9_-]+([./][A-Za-z0-9_-]+)*\\.(js|css)") || files.containsKey(name)) {
                throw new IllegalStateException("manifest.txt: '" + name + "' is not a new file name.js or name.css");
            }
            files.put(name, resource(name.equals(ECHARTS) ? ECHARTS_RESOURCE : ROOT + name));
            (name.endsWith(".css") ? styles : scripts).add(name);
        }
        String index = new String(resource(ROOT + "index.html"), StandardCharsets.UTF_8);
        return new WebAssets(index, Collections.unmodifiableMap(files), List.copyOf(styles), List.copyOf(scripts));
    }

    private static byte[] resource(String path) {
        try (InputStream in = WebAssets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("the dashboard's " + path + " is missing from the jar"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** index.html with its markers. */
    public String indexTemplate() {
        return index;
    }

    /** The style sheets in order (style.css first). */
    public List<String> styles() {
        return styles;
    }

    /** The scripts in load order. */
    public List<String> scripts() {
        return scripts;
    }

    /** The bytes of a bundled style sheet or script, by its name; empty for any other name. */
    public Optional<byte[]> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** A file's text. */
    public String text(String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    /** The media type of a bundled file. */
    public static String contentType(String name) {
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return "text/html; charset=utf-8";
    }
}
