package dev.fmnist.classic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.grid.PublishedResults;
import dev.fmnist.classic.results.Json;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.classic.results.RunEnvironment;
import dev.fmnist.classic.job.Job;
import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.job.JobStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeaderboardTest {
    private static final Configuration SVC = new Configuration("SVC", Map.of("C", 10.0, "kernel", "rbf"));
    private static final Configuration SVC_LINEAR = new Configuration("SVC", Map.of("C", 1.0, "kernel", "linear"));
    private static final Configuration NB = new Configuration("GaussianNB", Map.of("priors",
            List.of(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)));
    private static final Configuration TREE = new Configuration("DecisionTreeClassifier",
            Map.of("criterion", "entropy", "max_depth", 10, "splitter", "best"));

    /** A result with these accuracies, one per repeat (none: timed out). */
    private static ResultRecord result(Configuration c, String dataset, double... accuracies) {
        List<JobOutcome> outcomes = new ArrayList<>();
        for (int r = 0; r < accuracies.length; r++) {
            int[][] confusion = new int[10][10];
            outcomes.add(new JobOutcome(Job.of(c, dataset, r), JobStatus.OK, accuracies[r], 2.0 + r, 0.5, confusion,
                    null, 1, 1_700_000_000L, 1_700_000_003L, null));
        }
        if (accuracies.length == 0) {
            outcomes.add(JobOutcome.unfinished(Job.of(c, dataset, 0), JobStatus.TIMED_OUT, "ran past the time limit",
                    1, 1_700_000_000L, 60));
        }
        return ResultRecord.of(outcomes, Map.of(), "lib", 60L, RunEnvironment.current());
    }

    private static Leaderboard board() {
        List<ResultRecord> results = List.of(
                result(NB, "fashion", 0.55), result(NB, "mnist", 0.56),
                result(SVC, "fashion", 0.90, 0.898), result(SVC, "mnist", 0.975, 0.975),
                result(TREE, "fashion", 0.80),
                result(SVC_LINEAR, "fashion"));
        return Leaderboard.of("quick grid", List.of(NB, SVC, TREE, SVC_LINEAR), List.of("fashion", "mnist"),
                results, PublishedResults.builtIn(), Map.of("MLPClassifier", "the neural-network command"));
    }

    @Test
    void theOnlyConfigurationOfAFamilyIsComparedWithTheFamilysPublishedBestAndSaysSo() {
        Configuration multinomial = new Configuration("LogisticRegression",
                Map.of("C", 1.0, "multi_class", "multinomial", "penalty", "l2"));
        Leaderboard b = Leaderboard.of("quick grid", List.of(multinomial), List.of("fashion"),
                List.of(result(multinomial, "fashion", 0.8437)), PublishedResults.builtIn(), Map.of());
        Leaderboard.Cell c = b.rows().get(0).cells().get("fashion");
        assertEquals(0.842, c.published(), 1e-9, "the paper's best logistic regression (l1, ovr)");
        assertEquals(Boolean.TRUE, c.publishedIsFamilyBest());
        assertEquals(0.8437 - 0.842, c.difference(), 1e-9);
        String md = LeaderboardTables.markdown(b);
        assertTrue(md.contains("0.842*"), md);
        assertTrue(md.contains("* the family's published best, measured with another configuration"), md);
    }

    @Test
    void rowsAreRankedByTheFirstDatasetWithPublishedFiguresBeside() {
        Leaderboard b = board();
        assertEquals(List.of("SVC", "DecisionTreeClassifier", "GaussianNB", "SVC"),
                b.rows().stream().map(Leaderboard.Row::family).toList());
        Leaderboard.Row svc = b.rows().get(0);
        assertEquals(1, svc.rank());
        assertEquals("C=10, kernel=rbf", svc.parameters());
        Leaderboard.Cell f = svc.cells().get("fashion");
        assertEquals(0.899, f.meanAccuracy(), 1e-12);
        assertEquals(0.002, f.stdAccuracy(), 1e-12);
        assertEquals(2.5, f.fitSeconds(), 1e-12);
        assertEquals(0.5, f.predictSeconds(), 1e-12);
        assertEquals(0.897, f.published());
        assertEquals(0.002, f.difference(), 1e-12);
        assertEquals(0.973, svc.cells().get("mnist").published());
        assertEquals(0.798, b.rows().get(1).cells().get("fashion").published(), "the published tree matches");
        assertNull(b.rows().get(1).cells().get("mnist"), "not run on MNIST");
        Leaderboard.Row timedOut = b.rows().get(3);
        assertNull(timedOut.rank());
        assertEquals(JobStatus.TIMED_OUT, timedOut.cells().get("fashion").status());
        assertNull(timedOut.cells().get("fashion").published(), "C=1 linear was not published");
    }

    @Test
    void bestPerFamilyKeepsEachFamilysTopRow() {
        Leaderboard best = board().bestPerFamily();
        assertEquals(List.of("SVC", "DecisionTreeClassifier", "GaussianNB"),
                best.rows().stream().map(Leaderboard.Row::family).toList());
        assertEquals(List.of(1, 2, 3), best.rows().stream().map(Leaderboard.Row::rank).toList());
    }

    @Test
    void theTextTableShowsBothDatasetsSideBySide() {
        String text = LeaderboardTables.text(board());
        String[] lines = text.split("\n");
        assertEquals("quick grid", lines[0]);
        assertTrue(lines[1].startsWith("rank  family"), lines[1]);
        assertTrue(lines[1].contains("Fashion-MNIST accuracy ± 2σ") && lines[1].contains("| MNIST accuracy ± 2σ"),
                lines[1]);
        assertTrue(lines[3].matches("\\s*1  SVC\\s+C=10, kernel=rbf\\s+0\\.8990 ± 0\\.0020\\s+0\\.897\\s+\\+0\\.0020"
                + "\\s+2\\.5\\s+0\\.5\\s+\\|\\s+0\\.9750 ± 0\\.0000\\s+0\\.973\\s+\\+0\\.0020\\s+2\\.5\\s+0\\.5"), lines[3]);
        assertTrue(text.contains("timed out"), text);
        assertTrue(lines[4].contains("0.8000 (1 repeat)"), lines[4]);
        assertTrue(text.contains("Not run: MLPClassifier: the neural-network command"), text);
        assertEquals(lines[1].length(), lines[2].length(), "the rule spans the header");
    }

    @Test
    void theMarkdownTableHasAHeaderRuleAndEscapedCells() {
        String md = LeaderboardTables.markdown(board());
        assertTrue(md.startsWith("# quick grid\n\n| rank | family | parameters | Fashion-MNIST accuracy ± 2σ |"), md);
        assertTrue(md.contains("\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"), md);
        assertTrue(md.contains("| 1 | SVC | C=10, kernel=rbf | 0.8990 ± 0.0020 | 0.897 | +0.0020 | 2.5 | 0.5 |"), md);
        assertTrue(md.contains("- Not run: MLPClassifier"), md);
    }

    @Test
    void theJsonFormIsSnakeCase() throws Exception {
        String json = Json.MAPPER.writeValueAsString(board());
        assertTrue(json.contains("\"mean_accuracy\":0.899"), json);
        assertTrue(json.contains("\"published_source\""), json);
        assertTrue(json.contains("\"not_run\":{\"MLPClassifier\""), json);
    }
}
