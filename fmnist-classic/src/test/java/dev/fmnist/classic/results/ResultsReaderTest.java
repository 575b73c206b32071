package dev.fmnist.classic.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.job.Job;
import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.job.JobStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsReaderTest {
    private static final Configuration NB = new Configuration("GaussianNB", Map.of("var_smoothing", 1e-9));
    private static final int[][] MISTAKES = {{3, 7}, {12, 0}, {9_999, 4}};

    @TempDir
    Path dir;

    private static ResultRecord result(Configuration c, int[][] firstMistakes) {
        int[][] confusion = new int[10][10];
        List<JobOutcome> outcomes = List.of(
                new JobOutcome(Job.of(c, "fashion", 1), JobStatus.OK, 0.5, 1, 1, confusion, new int[][] {{1, 1}}, 1,
                        1_700_000_000L, 1_700_000_002L, null),
                new JobOutcome(Job.of(c, "fashion", 0), JobStatus.OK, 0.5, 1, 1, confusion, firstMistakes, 1,
                        1_700_000_000L, 1_700_000_002L, null));
        return ResultRecord.of(outcomes, Map.of(), "lib", null, RunEnvironment.current());
    }

    private void write(String... lines) throws IOException {
        Files.writeString(dir.resolve(ResultsStore.RESULTS), String.join("\n", lines) + "\n");
    }

    @Test
    void theMistakesOfTheFirstRepeatRoundTrip() throws IOException {
        ResultRecord r = result(NB, MISTAKES);
        assertArrayEquals(MISTAKES, r.mistakes(), "the first repeat's, whatever order the outcomes came in");
        String line = Json.MAPPER.writeValueAsString(r);
        assertTrue(line.contains("\"mistakes\":[[3,7],[12,0],[9999,4]]"), line);
        write(line);
        ResultsReader.Results read = ResultsReader.read(dir);
        assertEquals(1, read.results().size());
        assertArrayEquals(MISTAKES, read.results().get(0).mistakes());
        assertNull(read.warning());
    }

    @Test
    void aLineWrittenBeforeMistakesWereRecordedStillLoads() throws IOException {
        ObjectNode old = Json.MAPPER.valueToTree(result(NB, MISTAKES));
        old.remove("mistakes");
        write(old.toString());
        ResultsReader.Results read = ResultsReader.read(dir);
        assertEquals(1, read.results().size());
        assertNull(read.results().get(0).mistakes());
        assertEquals(0.5, read.results().get(0).meanAccuracy());
        try (ResultsStore store = ResultsStore.open(dir)) {
            assertNull(store.results().get(0).mistakes());
            assertTrue(store.warnings().isEmpty());
        }
    }

    @Test
    void malformedLinesAreSkippedCountedAndNamedInOneWarning() throws IOException {
        String good = Json.MAPPER.writeValueAsString(result(NB, MISTAKES));
        write("{not json", good, "", "[1, 2]", "{\"name\": \"x\", \"score\": \"many\"}");
        ResultsReader.Results read = ResultsReader.read(dir);
        assertEquals(1, read.results().size());
        assertEquals(3, read.skipped());
        assertTrue(read.warning().contains("skipped 3 lines that are not a result (line 1, 4, 5;"), read.warning());
        assertEquals(1, read.warning().lines().count());
    }

    @Test
    void aLineWithANegativeCountOrPerClassAccuraciesThatDoNotFitItsMatrixIsSkipped() throws IOException {
        ObjectNode negative = Json.MAPPER.valueToTree(result(NB, MISTAKES));
        ((ArrayNode) negative.get("confusion").get(2)).set(3, -4);
        ObjectNode fewer = Json.MAPPER.valueToTree(result(NB, MISTAKES));
        ((ArrayNode) fewer.get("per_class_accuracy")).remove(0);
        ObjectNode over = Json.MAPPER.valueToTree(result(NB, MISTAKES));
        ((ArrayNode) over.get("per_class_accuracy")).set(0, 7.5);
        for (ObjectNode[] bad : new ObjectNode[][] {{negative}, {fewer}, {over}}) {
            write(bad[0].toString());
            ResultsReader.Results read = ResultsReader.read(dir);
            assertEquals(List.of(), read.results(), read.warning());
            assertEquals(1, read.skipped());
        }
        write(negative.toString());
        assertTrue(ResultsReader.read(dir).warning().endsWith("line 1: not a full record: confusion holds a negative count)"),
                ResultsReader.read(dir).warning());
    }

    @Test
    void aDirectoryWithoutResultsIsAnIoErrorThatSaysWhatToRun() throws IOException {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> ResultsReader.read(dir));
        assertTrue(e.getReason().contains("fmnist benchmark --out"), e.getReason());
        assertThrows(NoSuchFileException.class, () -> ResultsReader.read(dir.resolve("missing")));
    }

    @Test
    void aResultsFileThatIsADirectoryOrALinkToNothingIsNamedAsSuch() throws IOException {
        Path file = Files.createDirectory(dir.resolve(ResultsStore.RESULTS));
        IOException folder = assertThrows(IOException.class, () -> ResultsReader.read(dir));
        assertEquals(file + " is not a file (a directory); it should be the results file that 'fmnist benchmark "
                + "--out " + dir + "' writes", folder.getMessage());
        Files.delete(file);
        Files.createSymbolicLink(file, file.getFileName());
        IOException loop = assertThrows(IOException.class, () -> ResultsReader.read(dir));
        assertTrue(loop.getMessage().startsWith(file + " is not a file (a link that leads to no file)"),
                loop.getMessage());
    }

    @Test
    void theLatestLineOfAConfigurationCounts() throws IOException {
        write(Json.MAPPER.writeValueAsString(result(NB, new int[][] {{1, 2}})),
                Json.MAPPER.writeValueAsString(result(NB, MISTAKES)));
        List<ResultRecord> read = ResultsReader.read(dir).results();
        assertEquals(1, read.size());
        assertArrayEquals(MISTAKES, read.get(0).mistakes());
    }
}
