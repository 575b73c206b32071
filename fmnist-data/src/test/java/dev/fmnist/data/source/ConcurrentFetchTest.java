package dev.fmnist.data.source;

import static dev.fmnist.data.source.TestStores.assertCacheHolds;
import static dev.fmnist.data.source.TestStores.assertFetched;
import static dev.fmnist.data.source.TestStores.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.testing.MirrorServer;
import dev.fmnist.data.testing.MirrorServer.Behavior;
import dev.fmnist.data.testing.SyntheticDataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two fetches of one dataset at once, in two threads and in two processes: one downloads, the other waits. */
class ConcurrentFetchTest {
    @TempDir
    Path cache;

    private final SyntheticDataset data = SyntheticDataset.create("synthetic", 31);

    @Test
    void twoThreadsFetchingAtOnceDownloadOnceAndBothGetTheData() throws Exception {
        try (MirrorServer server = new MirrorServer(data)) {
            DatasetSpec spec = data.spec(List.of(server.mirror("good", Behavior.SERVE)));
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<FetchReport> fetch = () -> {
                start.await();
                return store(cache).fetch(spec);
            };
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<FetchReport>> both = List.of(pool.submit(fetch), pool.submit(fetch));
                for (Future<FetchReport> f : both) {
                    assertFetched(f.get(60, TimeUnit.SECONDS), data, "");
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(4, server.requests().size(), "the second fetch must find the first one's files");
            assertCacheHolds(cache, data, EnumSet.allOf(FileRole.class));
        }
    }

    @Test
    void twoProcessesFetchingAtOnceDownloadOnceAndBothGetTheData() throws Exception {
        try (MirrorServer server = new MirrorServer(data)) {
            String mirror = server.mirror("good", Behavior.SERVE).toString();
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), FetchProcess.class.getName(),
                        cache.toString(), mirror, data.name(), "31").redirectErrorStream(true).start());
            }
            List<String> outputs = new ArrayList<>();
            for (Process p : processes) {
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(60, TimeUnit.SECONDS));
                assertEquals(0, p.exitValue(), out);
                outputs.add(out);
            }
            assertEquals(4, server.requests().size(), "one process must find the other's files: " + outputs);
            assertTrue(outputs.stream().anyMatch(o -> o.contains("TRAIN_IMAGES cache (from mirror")), outputs.toString());
            assertCacheHolds(cache, data, EnumSet.allOf(FileRole.class));
        }
    }
}
