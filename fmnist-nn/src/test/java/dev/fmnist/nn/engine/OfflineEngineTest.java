package dev.fmnist.nn.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OfflineEngineTest {
    /** The exit code and output of {@link EngineProbe} in a fresh JVM whose environment sets DJL_OFFLINE as given. */
    private record Probe(int exit, String out) {
    }

    private static Probe probe(String djlOffline) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EngineProbe.class.getName());
        pb.environment().remove("OPT_OUT_TRACKING");
        if (djlOffline == null) {
            pb.environment().remove("DJL_OFFLINE");
        } else {
            pb.environment().put("DJL_OFFLINE", djlOffline);
        }
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Probe(p.exitValue(), out);
    }

    @Test
    void engineStartsOfflineWithoutAnyConnectionInAFreshJvm() throws IOException, InterruptedException {
        Probe p = probe(null);
        assertEquals(0, p.exit(), p.out());
        List<String> lines = p.out().lines().toList();
        assertTrue(lines.contains("engine=PyTorch"), p.out());
        assertTrue(lines.contains("sum=6.0"), p.out());
        assertTrue(lines.contains("offline=true"), p.out());
        assertTrue(lines.contains("tracking_opt_out=true"), p.out());
        assertTrue(lines.contains("connections=[]"), p.out());
    }

    @Test
    void engineRefusesToStartWhenTheEnvironmentForcesItOnline() throws IOException, InterruptedException {
        Probe p = probe("false");
        assertNotEquals(0, p.exit(), p.out());
        assertTrue(p.out().contains("the environment sets DJL_OFFLINE=false"), p.out());
        assertFalse(p.out().contains("engine=PyTorch"), p.out());
    }
}
