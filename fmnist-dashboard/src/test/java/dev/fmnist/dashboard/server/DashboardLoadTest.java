package dev.fmnist.dashboard.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.dashboard.testing.LoadRun;
import dev.fmnist.dashboard.testing.SyntheticResults;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fmnist serve} under concurrent readers of the page, the data and the images while a writer appends
 * results: every request answered, none failed. Bounded: 1,000 requests, 60 seconds at most.
 */
class DashboardLoadTest {
    @TempDir
    Path dir;

    @Test
    void concurrentReadersWhileABenchmarkAppendsGetNoErrors() throws Exception {
        Path results = dir.resolve("results");
        try (DashboardServer server = SyntheticResults.serveMany(results, 200, 1)) {
            LoadRun.Outcome o = LoadRun.run(server.url(), results, 8, 1000, 60);
            System.out.println("dashboard load test: " + o);
            assertEquals(List.of(), o.errors());
            assertTrue(o.appended() > 0, "the writer appended while the readers read");
        }
    }
}
