package dev.fmnist.data.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dataset mirror on 127.0.0.1 for download tests: each mirror added with {@link #mirror} serves the gzip files
 * of a {@link SyntheticDataset} under its own path, with a chosen misbehaviour, and every request is recorded.
 */
public final class MirrorServer implements AutoCloseable {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    /** How a mirror answers. */
    public enum Behavior {
        /** The file, honouring {@code Range: bytes=N-} with 206. */
        SERVE,
        /** 403 Forbidden. */
        FORBIDDEN,
        /** 404 Not Found. */
        NOT_FOUND,
        /** 500 Internal Server Error. */
        SERVER_ERROR,
        /** 200 with an HTML error page, {@code Content-Type: text/html}. */
        HTML_PAGE,
        /** 200 with an HTML page labelled {@code application/octet-stream}. */
        HTML_AS_GZIP,
        /** 200 with a valid gzip file of different content (another dataset's file). */
        WRONG_BYTES,
        /** The first request for each file sends half of it and closes the connection; later ones honour Range. */
        CUT_ONCE,
        /** Like {@link #CUT_ONCE}, but later requests ignore Range and send the whole file with 200. */
        CUT_ONCE_IGNORE_RANGE,
        /** Sends the headers and a few bytes, then nothing until the server closes. */
        STALL,
        /** 200 without a length: the file, then zeros without end, until the client hangs up. */
        ENDLESS,
        /** 200 with a small valid gzip file that inflates to 50 MB of zeros. */
        GZIP_BOMB,
        /** 200 with the first half of the gzip file, as a complete response (its MD5 and its deflate stream wrong). */
        HALF_FILE
    }

    /** One request: which mirror and file, its {@code Range} and {@code User-Agent} headers (null if none). */
    public record Request(String mirror, String file, String range, String userAgent) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final SyntheticDataset dataset;
    private final SyntheticDataset other;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> cut = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    /** A server whose mirrors serve {@code dataset} (and, for {@link Behavior#WRONG_BYTES}, another dataset). */
    public MirrorServer(SyntheticDataset dataset) throws IOException {
        this.dataset = dataset;
        this.other = SyntheticDataset.create("other", 999);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.start();
    }

    /** Adds a mirror that behaves as told and returns its base URI (ending in a slash). */
    public URI mirror(String id, Behavior behavior) {
        server.createContext("/" + id + "/", exchange -> handle(id, behavior, exchange));
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + id + "/");
    }

    /** Every request so far, in arrival order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests one mirror received. */
    public List<Request> requests(String mirror) {
        return requests.stream().filter(r -> r.mirror().equals(mirror)).toList();
    }

    private void handle(String id, Behavior behavior, HttpExchange ex) throws IOException {
        String file = ex.getRequestURI().getPath().substring(id.length() + 2);
        String range = ex.getRequestHeaders().getFirst("Range");
        requests.add(new Request(id, file, range, ex.getRequestHeaders().getFirst("User-Agent")));
        FileRole role = java.util.Arrays.stream(FileRole.values()).filter(r -> r.gzipName().equals(file))
                .findFirst().orElse(null);
        try {
            if (role == null) {
                send(ex, 404, "text/plain", "no such file".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = dataset.gzip(role);
            switch (behavior) {
                case FORBIDDEN -> send(ex, 403, "text/plain", "forbidden".getBytes(StandardCharsets.UTF_8));
                case NOT_FOUND -> send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                case SERVER_ERROR -> send(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8));
                case HTML_PAGE -> send(ex, 200, "text/html", html());
                case HTML_AS_GZIP -> send(ex, 200, "application/octet-stream", html());
                case WRONG_BYTES -> send(ex, 200, "application/octet-stream", other.gzip(role));
                case STALL -> stall(ex, body);
                case ENDLESS -> endless(ex, body);
                case GZIP_BOMB -> send(ex, 200, "application/octet-stream", GzipBomb.zeros(50 << 20));
                case HALF_FILE -> send(ex, 200, "application/octet-stream",
                        java.util.Arrays.copyOf(body, body.length / 2));
                case CUT_ONCE, CUT_ONCE_IGNORE_RANGE -> {
                    if (cut.putIfAbsent(id + "/" + file, true) == null) {
                        cutHalfway(ex, body);
                    } else {
                        serve(ex, body, behavior == Behavior.CUT_ONCE ? range : null);
                    }
                }
                case SERVE -> serve(ex, body, range);
                default -> throw new IllegalStateException(behavior.toString());
            }
        } finally {
            ex.close();
        }
    }

    private static void serve(HttpExchange ex, byte[] body, String range) throws IOException {
        Matcher m = range == null ? null : RANGE.matcher(range);
        if (m == null || !m.matches()) {
            send(ex, 200, "application/octet-stream", body);
            return;
        }
        int from = Integer.parseInt(m.group(1));
        if (from >= body.length) {
            ex.getResponseHeaders().set("Content-Range", "bytes */" + body.length);
            ex.sendResponseHeaders(416, -1);
            return;
        }
        ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
        ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
        ex.sendResponseHeaders(206, body.length - from);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body, from, body.length - from);
        }
    }

    private static void cutHalfway(HttpExchange ex, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
        ex.sendResponseHeaders(200, body.length);
        OutputStream out = ex.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        throw new IOException("cut on purpose"); // the server drops the connection of a handler that fails
    }

    private void stall(HttpExchange ex, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
        ex.sendResponseHeaders(200, body.length);
        OutputStream out = ex.getResponseBody();
        out.write(body, 0, 100);
        out.flush();
        try {
            closing.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void endless(HttpExchange ex, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(body);
        byte[] zeros = new byte[1 << 16];
        while (closing.getCount() > 0) {
            out.write(zeros); // fails once the client hangs up
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] html() {
        return "<!DOCTYPE html><html><head><title>Access denied</title></head><body>Please log in</body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
