package dev.fmnist.nn.train;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets an interrupted training (Ctrl-C, SIGTERM) stop between two batches. When the JVM shuts down while the training
 * thread is inside PyTorch, the native library is torn down under it and the process crashes with a core dump; so the
 * shutdown hook waits (a few seconds at most) until the training thread reaches the next batch boundary, where that
 * thread parks for good instead of calling into the engine again. The last epoch's checkpoint is complete on disk
 * (written atomically), so the run resumes from it.
 */
final class InterruptGuard implements AutoCloseable {
    private static final long WAIT_SECONDS = 10;

    private final CountDownLatch parked = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopTraining, "fmnist-training-shutdown");
    private volatile boolean stopping;

    InterruptGuard() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private void stopTraining() {
        stopping = true;
        try {
            parked.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called by the training thread between batches: parks it for good when the JVM is shutting down. */
    void betweenBatches() {
        if (!stopping) {
            return;
        }
        parked.countDown();
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // the JVM is exiting; stay out of the engine
            }
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs as it should
        }
    }
}
