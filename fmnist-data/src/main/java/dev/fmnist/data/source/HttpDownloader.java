package dev.fmnist.data.source;

import dev.fmnist.data.Version;
import dev.fmnist.data.idx.IdxReader;
import dev.fmnist.data.io.PrintableText;
import dev.fmnist.data.progress.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Downloads one gzip file into a {@code .part} file with the JDK's HTTP client: connect, response and stall
 * timeouts, a bounded number of attempts, and resume with an HTTP Range request from what the {@code .part} file
 * already holds (a server that answers 200 instead of 206 is read from the start). A status other than 200/206,
 * an HTML page, a body that is not gzip or larger than the file can be, a TLS or connection failure end the
 * download at once (the caller tries the next mirror); a body cut short or stalled is retried.
 */
final class HttpDownloader {
    private static final int BUFFER = 1 << 16;
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-\\d+/(\\d+|\\*)");

    private final FetchSettings settings;
    private final DownloadProgress progress;
    private HttpClient client;

    /** A failure worth another attempt: the transfer was cut, stalled or timed out. */
    private static final class RetryableException extends IOException {
        private static final long serialVersionUID = 1L;

        RetryableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    HttpDownloader(FetchSettings settings, DownloadProgress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Downloads {@code uri} into {@code part}, resuming from its current length, until the whole body is there.
     *
     * @param label    names the download in progress reports
     * @param maxBytes the most the file may hold: a longer body (declared or sent) fails the download
     * @throws IOException saying why the mirror failed; {@code part} may hold a partial download
     */
    void download(URI uri, Path part, String label, long maxBytes) throws IOException {
        RetryableException last = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            if (attempt > 1) {
                pause(settings.retryDelay().multipliedBy(attempt - 1));
            }
            try {
                transfer(uri, part, label, maxBytes);
                return;
            } catch (RetryableException e) {
                last = e;
            }
        }
        throw new IOException(last.getMessage() + " (gave up after " + settings.attempts() + " attempts)", last);
    }

    private void transfer(URI uri, Path part, String label, long maxBytes) throws IOException {
        long have = Files.exists(part) ? Files.size(part) : 0;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(settings.responseTimeout())
                .header("User-Agent", "fmnist/" + Version.current());
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response = send(request.build());
        try (InputStream body = response.body()) {
            long offset = startOffset(response, have, part);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.toLowerCase(Locale.ROOT).contains("text/html")) {
                throw new IOException("the server sent an HTML page (Content-Type: " + type
                        + ") instead of the gzip file");
            }
            long length = contentLength(response);
            if (length >= 0 && offset + length > maxBytes) {
                throw tooLarge(String.format(Locale.ROOT, "announced %,d bytes", offset + length), maxBytes);
            }
            receive(body, length, part, offset, label, maxBytes);
        }
    }

    /** The declared {@code Content-Length}, or -1 if there is none; anything but a plain number fails the mirror. */
    private static long contentLength(HttpResponse<?> response) throws IOException {
        String value = response.headers().firstValue("Content-Length").orElse(null);
        if (value == null) {
            return -1;
        }
        if (!value.strip().matches("\\d{1,18}")) {
            throw new IOException("the server sent a malformed Content-Length '" + PrintableText.of(shorten(value))
                    + "'");
        }
        return Long.parseLong(value.strip());
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** Where the body starts in the file: {@code have} for a matching 206 response, 0 for a 200 response. */
    private static long startOffset(HttpResponse<?> response, long have, Path part) throws IOException {
        int status = response.statusCode();
        if (status == 200) {
            return 0;
        }
        if (status == 206 && have > 0) {
            Matcher m = CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
            if (m.matches() && Long.parseLong(m.group(1)) == have) {
                return have;
            }
        }
        if ((status == 206 || status == 416) && have > 0) {
            Files.deleteIfExists(part);
            throw new RetryableException("the server did not resume at byte " + have + " (HTTP " + status
                    + "); starting over", null);
        }
        throw new IOException("HTTP " + status + " for " + response.uri());
    }

    private void receive(InputStream body, long length, Path part, long offset, String label, long maxBytes)
            throws IOException {
        long received = 0;
        try (InputStream in = new StallTimeoutInputStream(body, settings.stallTimeout());
             FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.READ,
                     StandardOpenOption.WRITE);
             Progress p = progress.start(label, length < 0 ? 0 : offset + length)) {
            out.truncate(offset);
            out.position(offset);
            byte[] buf = new byte[BUFFER];
            boolean checked = offset >= 2;
            for (int n; (n = read(in, buf, offset + received)) >= 0; ) {
                if (offset + received + n > maxBytes) {
                    throw tooLarge(String.format(Locale.ROOT, "kept sending past %,d bytes", maxBytes), maxBytes);
                }
                out.write(ByteBuffer.wrap(buf, 0, n));
                received += n;
                if (!checked && offset + received >= 2) {
                    requireGzip(out);
                    checked = true;
                }
                p.update(offset + received, "");
            }
        }
        if (length >= 0 && received < length) {
            throw new RetryableException("the connection closed after " + (offset + received) + " of "
                    + (offset + length) + " bytes", null);
        }
        if (offset + received < 2) {
            throw new IOException("the server sent " + (offset + received) + " bytes instead of a gzip file");
        }
    }

    private static IOException tooLarge(String what, long maxBytes) {
        return new IOException(String.format(Locale.ROOT, "the server %s, more than the file can hold "
                + "(at most %,d bytes): not the dataset file", what, maxBytes));
    }

    private static int read(InputStream in, byte[] buf, long position) throws IOException {
        try {
            return in.read(buf);
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            throw new RetryableException("the transfer broke off after " + position + " bytes: " + describe(e), e);
        }
    }

    private static void requireGzip(FileChannel file) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(64);
        file.read(head, 0);
        byte[] b = head.array();
        if ((b[0] & 0xFF) != 0x1F || (b[1] & 0xFF) != 0x8B) {
            throw new IOException("the server did not send a gzip file: " + IdxReader.describe(b, head.position()));
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) throws IOException {
        try {
            return client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while connecting to " + request.uri());
        } catch (HttpConnectTimeoutException | ConnectException | SSLException e) {
            throw new IOException("cannot connect: " + describe(e), e);
        } catch (IllegalArgumentException e) {
            // the client's own parsing of a response header (a Content-Length of "abc") fails this way
            throw new IOException("the server sent a malformed response (" + PrintableText.of(shorten(describe(e)))
                    + ")", e);
        } catch (HttpTimeoutException e) {
            throw new RetryableException("no response within " + settings.responseTimeout().toSeconds() + " s", e);
        } catch (IOException e) {
            // a short body cut off before the headers were handed over fails here rather than in the reading
            // ("fixed content-length: N, bytes received: M"): the same broken transfer, told the same way
            throw new RetryableException((String.valueOf(e.getMessage()).contains("bytes received")
                    ? "the transfer broke off: " : "the request failed: ") + describe(e), e);
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    private static void pause(Duration d) throws InterruptedIOException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted between download attempts");
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null && e.getCause() != null) {
            return describe(e.getCause());
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
