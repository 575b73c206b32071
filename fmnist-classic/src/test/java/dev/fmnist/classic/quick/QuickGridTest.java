package dev.fmnist.classic.quick;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.classic.cost.CostModel;
import dev.fmnist.classic.cost.KnownAccuracies;
import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.grid.Grid;
import dev.fmnist.classic.grid.GridException;
import dev.fmnist.classic.grid.GridReader;
import dev.fmnist.classic.grid.PublishedResults;
import dev.fmnist.classic.results.Json;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.estimator.FamilyRegistry;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuickGridTest {
    private static final FamilyRegistry COST_FAMILIES = FamilyRegistry.standard();
    private static final FamilyRegistry REAL = FamilyRegistry.standard();
    private static final PublishedResults PUBLISHED = PublishedResults.builtIn();
    /** SGDClassifier's published best on Fashion-MNIST (hinge, l2). */
    private static final double SGD_PUBLISHED = 0.819;

    /** A successful one-repeat result of an SGDClassifier configuration on Fashion-MNIST. */
    private static ResultRecord sgd(String loss, double cpuSeconds, double accuracy) {
        String line = String.format(Locale.ROOT, "{\"name\":\"SGDClassifier\",\"parameter\":{\"loss\":\"%s\","
                + "\"penalty\":\"l2\"},\"dataset\":\"fashion\",\"status\":\"ok\",\"score\":[%s],\"mean_accuracy\":%s,"
                + "\"fit_seconds\":[%s],\"predict_seconds\":[0.0],\"threads\":[1]}", loss, accuracy, accuracy, cpuSeconds);
        try {
            return Json.MAPPER.readValue(line, ResultRecord.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Grid grid(String text) throws GridException {
        return GridReader.parse("test.json", text, REAL);
    }

    private static final String ALLOW_HINGE =
            "{\"classifiers\": {\"SGDClassifier\": [{\"loss\": [\"hinge\"]}, {\"penalty\": [\"l2\"]}]}}";

    /**
     * The quick grid's choice for SGDClassifier (allowance: hinge, l2) among the original grid's l2 configurations of
     * the results' losses, from those results alone (the built-in figures know none of the others).
     */
    private static QuickGrid.Choice chooseSgd(List<ResultRecord> here) throws GridException {
        String losses = here.stream().map(r -> "\"" + r.parameter().get("loss") + "\"").distinct()
                .collect(Collectors.joining(", "));
        Grid original = grid("{\"classifiers\": {\"SGDClassifier\": [{\"loss\": [" + losses
                + "]}, {\"penalty\": [\"l2\"]}]}}");
        QuickGrid.Plan plan = QuickGrid.choose(grid(ALLOW_HINGE), original, PUBLISHED, CostModel.of(COST_FAMILIES,
                here, List.of()),
                KnownAccuracies.of(here, List.of()), "fashion");
        assertEquals(1, plan.choices().size());
        assertEquals(plan.grid().configurations(), List.of(plan.choices().get(0).configuration()));
        return plan.choices().get(0);
    }

    @Test
    void theSoonestConfigurationKnownToReachThePublishedBestStandsForItsFamily() throws GridException {
        QuickGrid.Choice c = chooseSgd(List.of(sgd("hinge", 200, 0.826), sgd("squared_hinge", 100, 0.8257),
                sgd("log", 60, 0.8195)));
        assertEquals("log", c.configuration().parameters().get("loss"), "0.8195 >= 0.819 in 60 s: the soonest");
        assertEquals(SGD_PUBLISHED, c.published(), 1e-12);
        assertEquals(60, c.cpuSeconds(), 1e-9);
        assertEquals("measured here", c.known().source());
        assertTrue(c.reachesPublished());
        assertTrue(c.describe().startsWith("SGDClassifier: loss=log, penalty=l2: 0.8195 (measured here) against the "
                + "family's published best 0.819, about 1m00s of CPU (its allowance: loss=hinge, penalty=l2)"),
                c.describe());
    }

    @Test
    void aFasterConfigurationBelowThePublishedBestDoesNotStandIn() throws GridException {
        QuickGrid.Choice c = chooseSgd(List.of(sgd("hinge", 200, 0.826), sgd("modified_huber", 50, 0.80)));
        assertEquals("hinge", c.configuration().parameters().get("loss"));
        assertEquals(c.allowance(), c.configuration());
    }

    @Test
    void theAllowanceKeepsItsPlaceAgainstATwinThatIsNotClearlySooner() throws GridException {
        QuickGrid.Choice c = chooseSgd(List.of(sgd("hinge", 200, 0.826), sgd("squared_hinge", 185, 0.83)));
        assertEquals("hinge", c.configuration().parameters().get("loss"), "185 s is not a tenth less than 200 s");
    }

    @Test
    void noConfigurationRunsLongerThanItsFamilysAllowance() throws GridException {
        QuickGrid.Choice c = chooseSgd(List.of(sgd("hinge", 200, 0.80), sgd("squared_hinge", 300, 0.83)));
        assertEquals("hinge", c.configuration().parameters().get("loss"),
                "squared_hinge reaches 0.819 but takes longer than the allowance: the allowance runs, below it");
        assertTrue(!c.reachesPublished());
    }

    @Test
    void theBuiltInQuickGridRunsElevenFamiliesOfTheOriginalGridLongestFirst() {
        QuickGrid.Plan plan = QuickGrid.choose(REAL, List.of(), "fashion");
        Set<String> original = GridReader.original(REAL).configurations().stream().map(Configuration::key)
                .collect(Collectors.toSet());
        for (Configuration c : plan.grid().configurations()) {
            assertTrue(original.contains(c.key()), c + " is a configuration of the original grid");
        }
        assertEquals(plan.grid().families().size(), plan.grid().configurations().size(), "one per family");
        assertTrue(plan.grid().families().containsAll(List.of("GradientBoostingClassifier", "LogisticRegression")),
                plan.grid().families().toString());
        assertEquals(Set.of("MLPClassifier"), plan.grid().notRun().keySet(),
                "the neural-network module's MLPClassifier is the eleventh family, absent from this module's tests");
        assertEquals(10, plan.grid().families().size(), plan.grid().families().toString());
        for (int i = 1; i < plan.choices().size(); i++) {
            assertTrue(plan.choices().get(i - 1).cpuSeconds() >= plan.choices().get(i).cpuSeconds(), "longest first");
        }
        Map<String, QuickGrid.Choice> byFamily = plan.choices().stream()
                .collect(Collectors.toMap(c -> c.configuration().family(), c -> c));
        assertTrue(byFamily.get("LogisticRegression").reachesPublished(), byFamily.get("LogisticRegression").describe());
    }
}
