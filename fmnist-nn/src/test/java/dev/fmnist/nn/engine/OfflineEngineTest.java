package dev.fmnist.nn.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OfflineEngineTest {
    @Test
    void engineStartsOfflineWithoutAnyConnectionInAFreshJvm() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EngineProbe.class.getName());
        pb.environment().remove("DJL_OFFLINE");
        pb.environment().remove("OPT_OUT_TRACKING");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.contains("engine=PyTorch"), out);
        assertTrue(lines.contains("sum=6.0"), out);
        assertTrue(lines.contains("offline=true"), out);
        assertTrue(lines.contains("tracking_opt_out=true"), out);
        assertTrue(lines.contains("connections=[]"), out);
    }

    @Test
    void ourCodePathSetsTheProperties() {
        OfflineEngine.get();
        assertTrue(OfflineEngine.isConfigured());
        assertTrue(ai.djl.util.Utils.isOfflineMode());
    }
}
