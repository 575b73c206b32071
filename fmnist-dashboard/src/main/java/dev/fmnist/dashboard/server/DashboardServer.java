package dev.fmnist.dashboard.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.dashboard.model.DashboardModel;
import dev.fmnist.dashboard.web.WebAssets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * {@code fmnist serve}'s web server (the JDK's {@link HttpServer}): answers {@code /} (the page),
 * {@code /assets/NAME} (the bundled files by name), {@code /api/data} (the dashboard document, with an ETag for
 * polling, gzipped when the client accepts it; {@code ?since=ETAG}: only what changed since that reading), {@code /api/details/ID} (the details of one result or
 * network) and {@code /api/sprite/DATASET/SPLIT/PAGE.png}; anything else is 404, and a request {@link RequestGuard} refuses gets its status before anything is read.
 */
public final class DashboardServer implements AutoCloseable {
    private static final Pattern SINCE = Pattern.compile("since=([a-z0-9]{1,40})");
    private static final Pattern DETAILS = Pattern.compile("/api/details/([a-z0-9]{1,40})");
    private static final Pattern SPRITE = Pattern.compile("/api/sprite/([a-z0-9]{1,32})/(train|test)/(\\d{1,4})\\.png");
    private static final String CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' "
            + "'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    private final HttpServer server;
    private final ExecutorService workers;
    private final DashboardModel model;
    private final WebAssets web;
    private final SpriteCache sprites;
    private final byte[] index;
    private volatile Gzipped gzipped;

    private record Gzipped(String etag, byte[] bytes) {
    }

    private DashboardServer(HttpServer server, ExecutorService workers, DashboardModel model, DatasetCache images,
                            WebAssets web) {
        this.server = server;
        this.workers = workers;
        this.model = model;
        this.web = web;
        this.sprites = new SpriteCache(images);
        // the manifest's first script (app.js, which asks for the data) comes before the style sheets, so that it
        // runs, and the data is on its way, without waiting for them and the rest of the page; Apache ECharts is
        // not in the first load: app.js loads it (from data-charts) when a view needs it or the page is idle
        StringBuilder styles = new StringBuilder();
        List<String> all = web.scripts();
        if (!all.isEmpty()) {
            styles.append("<script src=\"assets/").append(all.get(0)).append('"')
                    .append(all.contains(WebAssets.ECHARTS) ? " data-charts=\"assets/" + WebAssets.ECHARTS + '"' : "")
                    .append("></script>\n");
        }
        web.styles().forEach(s -> styles.append("<link rel=\"stylesheet\" href=\"assets/").append(s).append("\">\n"));
        StringBuilder scripts = new StringBuilder();
        all.stream().skip(1).filter(s -> !s.equals(WebAssets.ECHARTS))
                .forEach(s -> scripts.append("<script src=\"assets/").append(s).append("\"></script>\n"));
        this.index = web.indexTemplate().replace(WebAssets.STYLES, styles).replace(WebAssets.DATA, "")
                .replace(WebAssets.SCRIPTS, scripts).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Starts a server on {@code host:port} (port 0: any free one) with {@code threads} request threads.
     *
     * @throws IOException when the address cannot be bound (the port is in use, the host is not this machine's)
     */
    public static DashboardServer start(DashboardModel model, DatasetCache images, WebAssets web, String host,
                                        int port, int threads) throws IOException {
        // a client that sends its headers or body slowly, or never reads the answer, is cut off (seconds; read by
        // the JDK's server when its first instance starts, unless the user set them)
        setIfAbsent("sun.net.httpserver.maxReqTime", "30");
        setIfAbsent("sun.net.httpserver.maxRspTime", "120");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 128);
        AtomicInteger n = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fmnist-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        DashboardServer s = new DashboardServer(server, workers, model, images, web);
        server.createContext("/", s::handle);
        server.setExecutor(workers);
        try {
            s.gzip(model.current());   // read once the port is ours; the first page's document ready before it is told
        } catch (IOException | RuntimeException e) {
            server.stop(0);
            workers.shutdownNow();
            throw e;
        }
        server.start();
        return s;
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8000/}. */
    public URI url() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            RequestGuard.Refusal refusal = RequestGuard.check(exchange.getRequestMethod(), uri.getRawPath(),
                    uri.getRawQuery(), exchange.getRequestHeaders());
            if (refusal != null) {
                text(exchange, refusal.status(), refusal.reason());
                return;
            }
            route(exchange, uri.getRawPath(), uri.getRawQuery());
        } catch (IOException e) {
            // the client went away mid-answer: nothing to tell it
        } catch (RuntimeException e) {
            try {
                text(exchange, 500, "the server could not answer: " + e.getMessage());
            } catch (IOException | RuntimeException ignored) {
                // the response had already started
            }
        }
    }

    private void route(HttpExchange exchange, String path, String query) throws IOException {
        if (path.equals("/") || path.equals("/index.html")) {
            send(exchange, 200, "text/html; charset=utf-8", index, "no-cache");
        } else if (path.startsWith("/assets/")) {
            Optional<byte[]> file = web.file(path.substring("/assets/".length()));
            if (file.isPresent()) {
                send(exchange, 200, WebAssets.contentType(path), file.get(), "no-cache");
            } else {
                text(exchange, 404, "no such file");
            }
        } else if (path.equals("/api/data")) {
            data(exchange, query);
        } else if (path.startsWith("/api/details/")) {
            details(exchange, path);
        } else {
            Matcher m = SPRITE.matcher(path);
            if (m.matches() && model.current().datasets().contains(m.group(1))) {
                Optional<byte[]> png = sprites.page(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
                if (png.isPresent()) {
                    send(exchange, 200, "image/png", png.get(), "max-age=3600");
                    return;
                }
            }
            text(exchange, 404, "no such page");
        }
    }

    /**
     * The document; unchanged since the client's ETag: 304; with {@code ?since=ETAG} (without quotes) of a recent
     * reading: only what changed since ({@link DashboardModel#changesSince}).
     */
    private void data(HttpExchange exchange, String query) throws IOException {
        DashboardModel.Snapshot s = model.current();
        exchange.getResponseHeaders().set("ETag", s.etag());
        if (s.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        Matcher since = SINCE.matcher(query == null ? "" : query);
        Optional<byte[]> changes = since.matches() ? model.changesSince(since.group(1), s) : Optional.empty();
        if (changes.isPresent()) {
            send(exchange, 200, "application/json", changes.get(), "no-cache");
            return;
        }
        String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (accept != null && accept.contains("gzip")) {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
            send(exchange, 200, "application/json", gzip(s), "no-cache");
        } else {
            send(exchange, 200, "application/json", s.json(), "no-cache");
        }
    }

    /** One entry's details as the files are now (the page keeps them while the tag in the entry's summary stays). */
    private void details(HttpExchange exchange, String path) throws IOException {
        Matcher m = DETAILS.matcher(path);
        byte[] details = m.matches() ? model.current().details().get(m.group(1)) : null;
        if (details == null) {
            text(exchange, 404, "no result or network with that id has details");
            return;
        }
        send(exchange, 200, "application/json", details, "no-cache");
    }

    private byte[] gzip(DashboardModel.Snapshot s) throws IOException {
        Gzipped g = gzipped;
        if (g == null || !g.etag().equals(s.etag())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.json().length / 4);
            try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
                out.write(s.json());
            }
            g = new Gzipped(s.etag(), bytes.toByteArray());
            gzipped = g;
        }
        return g.bytes();
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8),
                "no-store");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, String cache)
            throws IOException {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", cache);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Content-Security-Policy", CSP);
        h.set("Referrer-Policy", "no-referrer");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
