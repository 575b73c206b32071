package dev.fmnist.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.dashboard.model.Sources;
import dev.fmnist.dashboard.testing.SyntheticResults;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardServeTest {
    @TempDir
    Path dir;

    @Test
    void aPortInUseIsToldBeforeAnythingIsRead() throws IOException {
        Path results = dir.resolve("results");
        SyntheticResults.append(results, SyntheticResults.line("SVC", Map.of("C", 10), "fashion", 0.9, 1L, 3));
        AtomicInteger loads = new AtomicInteger();
        DatasetCache images = new DatasetCache(name -> {
            loads.incrementAndGet();
            throw new IOException("no datasets in this test");
        });
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThrows(BindException.class, () -> Dashboard.serve(new Sources(List.of(results), List.of()), images,
                    "127.0.0.1", taken.getLocalPort()));
        }
        assertEquals(0, loads.get(), "no dataset read for a server that could not listen");
    }
}
