package dev.fmnist.dashboard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fmnist.classic.grid.PublishedResults;
import dev.fmnist.dashboard.testing.SyntheticResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's results from synthetic lines: a result the page could not draw is left out with a warning. */
class ResultEntriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aResultWhoseConfusionMatrixDoesNotFitItsDatasetIsLeftOutWithAWarning() throws IOException {
        ObjectNode small = (ObjectNode) JSON.readTree(SyntheticResults.line("SVC", Map.of("C", 1.0), "fashion", 0.8,
                1_700_000_000L, 2));
        small.set("confusion", JSON.readTree("[[5,1,0],[0,6,0],[1,0,7]]"));
        small.set("per_class_accuracy", JSON.readTree("[0.8,1.0,0.9]"));
        String good = SyntheticResults.line("SVC", Map.of("C", 10.0), "fashion", 0.9, 1_700_000_000L, 2);
        Files.writeString(dir.resolve("results.jsonl"), small + "\n" + good + "\n");
        ResultEntries.Read read = new ResultEntries(PublishedResults.builtIn()).read(List.of(dir));
        assertEquals(1, read.results().size(), read.results().toString());
        assertEquals("C=10", read.results().get(0).get("parameter_text").asText());
        assertEquals(List.of(dir + ": skipped 1 result that does not fit the dataset (SVC {C=1} on fashion has a 3x3 "
                + "confusion matrix, but fashion has 10 classes)"), read.warnings());
    }

    @Test
    void aResultsFileThatCannotBeReadIsAWarningEvenBesideResults() throws IOException {
        Path good = Files.createDirectory(dir.resolve("good"));
        Files.writeString(good.resolve("results.jsonl"), SyntheticResults.line("SVC", Map.of("C", 1.0), "fashion",
                0.8, 1_700_000_000L, 2) + "\n");
        Path folder = Files.createDirectories(dir.resolve("folder/results.jsonl"));
        Path notYet = Files.createDirectory(dir.resolve("not-yet"));
        ResultEntries.Read read = new ResultEntries(PublishedResults.builtIn()).read(List.of(good, folder.getParent(),
                notYet));
        assertEquals(1, read.results().size());
        assertEquals(List.of(folder + " is not a file (a directory); it should be the results file that 'fmnist "
                + "benchmark --out " + folder.getParent() + "' writes"), read.warnings());
        assertEquals(2, read.empty().size(), "a directory without results yet is no warning: " + read.empty());
    }

    @Test
    void aResultWhoseMistakesAreNotOnItsTestSplitIsLeftOutWithAWarning() throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        String[] mistakes = {"[[3,7],[10000,1]]", "[[3,10]]", "[[-1,2]]", "[[3,7,0.9]]", "[[3,7]]"};
        int[][] twoRepeatsOfTenThousand = new int[10][10];
        for (int c = 0; c < 10; c++) {
            twoRepeatsOfTenThousand[c][c] = 2000;
        }
        for (int i = 0; i < mistakes.length; i++) {
            ObjectNode r = (ObjectNode) JSON.readTree(SyntheticResults.line("SVC", Map.of("C", (double) i + 1),
                    "fashion", 0.8, 1_700_000_000L, 2));
            r.set("confusion", JSON.valueToTree(twoRepeatsOfTenThousand));
            r.set("mistakes", JSON.readTree(mistakes[i]));
            lines.add(r.toString());
        }
        Files.write(dir.resolve("results.jsonl"), lines);
        ResultEntries.Read read = new ResultEntries(PublishedResults.builtIn()).read(List.of(dir));
        assertEquals(List.of("C=5"), read.results().stream().map(r -> r.get("parameter_text").asText()).toList());
        assertEquals(List.of(dir + ": skipped 4 results that do not fit the dataset (SVC {C=1} on fashion has a "
                + "mistake [10000, 1], not [test index < 10000, predicted class < 10])"), read.warnings());
    }
}
