package dev.fmnist.data.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void theReportersOwnEstimateReplacesTheExtrapolatedOne() {
        ConsoleProgress p = new ConsoleProgress(out, "benchmark", 100, ConsoleProgress.Units.COUNT, false, 0);
        p.secondsLeft(125);
        p.update(50, "detail");
        assertTrue(p.render(false).contains(" 50% 50/100 ETA 2m05s  detail"), p.render(false));
        p.secondsLeft(-1);
        assertFalse(p.render(false).contains("ETA 2m05s"), "withdrawn: extrapolated from the share done again");
    }

    @Test
    void withoutAnEstimateTheShareDoneIsExtrapolatedOnceThereIsOne() {
        ConsoleProgress p = new ConsoleProgress(out, "load", 10, ConsoleProgress.Units.COUNT, false, 0);
        p.update(0, "");
        assertFalse(p.render(false).contains("ETA"), "nothing done: no rate to extrapolate");
        p.update(5, "");
        assertTrue(p.render(false).contains("ETA "));
    }

    @Test
    void theLastLineTellsTheTimeTakenInsteadOfAnEta() {
        ConsoleProgress p = new ConsoleProgress(out, "load", 10, ConsoleProgress.Units.COUNT, false, 0);
        p.secondsLeft(30);
        p.update(10, "");
        p.close();
        String text = bytes.toString(StandardCharsets.UTF_8).strip();
        String last = text.substring(text.lastIndexOf('\n') + 1);
        assertFalse(last.contains("ETA"), last);
        assertTrue(last.startsWith("load 100% 10/10 in "), last);
    }

    @Test
    void aStepReportedWithItsTotalIsAnUpdateByDefault() {
        long[] seen = new long[1];
        Progress p = new Progress() {
            @Override
            public void update(long done, String detail) {
                seen[0] = done;
            }

            @Override
            public void close() {
            }
        };
        p.step(3, 10, "tree 3 of 10");
        assertEquals(3, seen[0]);
    }
}
