package dev.fmnist.classic.results;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.testing.Fuzzing;
import dev.fmnist.data.testing.JsonMutations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the results-line reader: any lines in {@code results.jsonl} and {@code repeats.jsonl} open as full
 * records or as counted, reported skips, and a resumed run can use every record kept.
 */
class ResultsLinesFuzzTest {
    private static final List<String> SEEDS = JsonMutations.seeds(ResultsLinesFuzzTest.class, "fuzz",
            "result-ok.json", "result-timed-out.json", "repeat-ok.json", "repeat-failed.json");

    @TempDir
    Path tmp;

    @Test
    void anyLinesOpenAsFullRecordsOrCountedSkips() {
        int[] run = {0};
        Fuzzing.check("results lines", 40, random -> {
            List<String> lines = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                lines.add(JsonMutations.any(SEEDS, 4, random));
            }
            Path dir = Files.createDirectory(tmp.resolve("run" + run[0]++));
            Files.write(dir.resolve(ResultsStore.RESULTS), lines);
            Files.write(dir.resolve(ResultsStore.REPEATS), lines);
            try (ResultsStore store = ResultsStore.open(dir)) {
                for (ResultRecord r : store.results()) {
                    assertNull(FullRecords.missing(r));
                    r.key();
                    r.meanFitSeconds();
                    store.repeats(r.dataset(), r.configuration()).forEach(RepeatRecord::outcome);
                }
                assertTrue(store.warnings().size() <= 2 * 6, store.warnings().toString());
                assertTrue(store.warnings().stream().allMatch(w -> w.chars().noneMatch(Character::isISOControl)),
                        store.warnings().toString());
            }
        });
    }
}
