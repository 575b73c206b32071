package dev.fmnist.data.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkDirectoryTest {
    @Test
    void aProcessStartedWhileTheDirectoryClosesEndsWithIt() throws Exception {
        // a fetch stopped like Ctrl-C: the clean-up runs while the client is being started
        for (int i = 0; i < 20; i++) {
            WorkDirectory work = WorkDirectory.create("fmnist-work-test-");
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Process> started = CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    return work.start(new ProcessBuilder("sleep", "300"));
                } catch (IOException e) {
                    return null;   // refused: the clean-up came first
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            go.countDown();
            work.close();
            Process p = started.get(30, TimeUnit.SECONDS);
            if (p != null) {
                assertTrue(p.waitFor(10, TimeUnit.SECONDS), "a client started during the clean-up still runs");
            }
            assertFalse(Files.exists(work.path()));
        }
    }

    @Test
    void noProcessStartsOnceTheDirectoryIsCleanedUp() throws Exception {
        WorkDirectory work = WorkDirectory.create("fmnist-work-test-");
        work.close();
        IOException e = assertThrows(IOException.class, () -> work.start(new ProcessBuilder("sleep", "300")));
        assertTrue(e.getMessage().startsWith("not starting sleep: the fetch in "), e.getMessage());
    }
}
