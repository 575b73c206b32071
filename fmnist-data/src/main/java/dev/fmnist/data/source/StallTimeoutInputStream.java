package dev.fmnist.data.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads another stream on a worker thread and fails with an {@link HttpTimeoutException} when one read delivers
 * nothing within the timeout, so that a server that stops sending in the middle of a response cannot hang a download
 * ({@link java.net.http.HttpRequest#timeout} covers only the wait for the headers).
 */
final class StallTimeoutInputStream extends ChunkInputStream {
    private final InputStream in;
    private final Duration timeout;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fmnist-download-reader");
        t.setDaemon(true);
        return t;
    });

    StallTimeoutInputStream(InputStream in, Duration timeout) {
        this.in = in;
        this.timeout = timeout;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Future<Integer> pending = worker.submit(() -> in.read(b, off, len));
        try {
            return pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("no data for " + timeout.toMillis() / 1000.0 + " s: the server stalled");
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while downloading");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    @Override
    public void close() throws IOException {
        worker.shutdownNow();
        in.close();
    }
}
