package dev.fmnist.data.testing;

import dev.fmnist.data.registry.FileRole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mirror on 127.0.0.1 that breaks the protocol on purpose, written on a raw socket so that it can send what no
 * HTTP server library would: a malformed {@code Content-Length}, a body longer than announced, a connection reset,
 * a redirect to another scheme or host, a body that stalls after some bytes. It serves the gzip files of a
 * {@link SyntheticDataset}.
 */
public final class FaultyMirror implements AutoCloseable {
    /** How every response goes wrong. */
    public enum Fault {
        /** {@code Content-Length: abc}, then the file. */
        MALFORMED_CONTENT_LENGTH,
        /** {@code Content-Length} of half the file, then the whole file. */
        LONGER_THAN_ANNOUNCED,
        /** The right {@code Content-Length}, 100 bytes of the file, then nothing until the server closes. */
        STALL_AFTER_100_BYTES,
        /** The headers and 100 bytes, then a TCP reset. */
        CONNECTION_RESET,
        /** 302 to the same file on {@code ftp://}. */
        REDIRECT_TO_OTHER_SCHEME,
        /** 302 to {@code localhost} instead of 127.0.0.1, which sends a gzip bomb. */
        REDIRECT_TO_OTHER_HOST,
        /** {@code Content-Length: -5}. */
        NEGATIVE_CONTENT_LENGTH,
        /** Two {@code Content-Length} headers that disagree, the first one too short. */
        CONFLICTING_CONTENT_LENGTHS,
        /** A chunked body whose first chunk size is not a number. */
        BROKEN_CHUNKS
    }

    private final ServerSocket server;
    private final SyntheticDataset dataset;
    private final Fault fault;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "faulty-mirror");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean closed;

    /** Starts a mirror of {@code dataset} whose every response has {@code fault}. */
    public FaultyMirror(SyntheticDataset dataset, Fault fault) throws IOException {
        this.dataset = dataset;
        this.fault = fault;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        executor.submit(this::accept);
    }

    /** The mirror's base URI, ending in a slash. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/faulty/");
    }

    /** How many requests it answered. */
    public int requests() {
        return requests.get();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket s = server.accept();
                executor.submit(() -> answer(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(Socket socket) {
        try (socket) {
            String path = requestPath(socket.getInputStream());
            requests.incrementAndGet();
            String file = path.substring(path.lastIndexOf('/') + 1);
            byte[] body = Arrays.stream(FileRole.values()).filter(r -> r.gzipName().equals(file)).findFirst()
                    .map(dataset::gzip).orElse(new byte[0]);
            OutputStream out = socket.getOutputStream();
            if (path.startsWith("/bomb/")) {
                respond(out, "200 OK", "Content-Length: " + GzipBomb.zeros(50 << 20).length,
                        GzipBomb.zeros(50 << 20));
                return;
            }
            switch (fault) {
                case MALFORMED_CONTENT_LENGTH -> respond(out, "200 OK", "Content-Length: abc", body);
                case LONGER_THAN_ANNOUNCED -> respond(out, "200 OK", "Content-Length: " + body.length / 2, body);
                case STALL_AFTER_100_BYTES -> {
                    respond(out, "200 OK", "Content-Length: " + body.length, Arrays.copyOf(body, 100));
                    while (!closed) {
                        Thread.sleep(50);
                    }
                }
                case CONNECTION_RESET -> {
                    respond(out, "200 OK", "Content-Length: " + body.length, Arrays.copyOf(body, 100));
                    socket.setSoLinger(true, 0); // closing now sends a reset, not a clean end
                }
                case REDIRECT_TO_OTHER_SCHEME -> respond(out, "302 Found",
                        "Location: ftp://127.0.0.1:" + server.getLocalPort() + path + "\r\nContent-Length: 0",
                        new byte[0]);
                case REDIRECT_TO_OTHER_HOST -> respond(out, "302 Found",
                        "Location: http://localhost:" + server.getLocalPort() + "/bomb/" + file
                                + "\r\nContent-Length: 0", new byte[0]);
                case NEGATIVE_CONTENT_LENGTH -> respond(out, "200 OK", "Content-Length: -5", body);
                case CONFLICTING_CONTENT_LENGTHS -> respond(out, "200 OK", "Content-Length: 10\r\nContent-Length: "
                        + body.length, body);
                case BROKEN_CHUNKS -> respond(out, "200 OK", "Transfer-Encoding: chunked",
                        "zz\r\nabc\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                default -> throw new IllegalStateException(fault.toString());
            }
        } catch (IOException | InterruptedException e) {
            // the client hung up: nothing more to send
        }
    }

    private static String requestPath(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the client closed before the end of the request");
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String requestLine = head.toString(StandardCharsets.ISO_8859_1).split("\r\n", 2)[0];
        return requestLine.split(" ")[1];
    }

    private static void respond(OutputStream out, String status, String headers, byte[] body) throws IOException {
        out.write(("HTTP/1.1 " + status + "\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n"
                + headers + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        executor.shutdownNow();
    }
}
