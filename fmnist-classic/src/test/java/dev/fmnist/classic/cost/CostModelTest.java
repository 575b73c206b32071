package dev.fmnist.classic.cost;

import dev.fmnist.estimator.FamilyRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.results.Json;
import dev.fmnist.classic.results.ResultRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostModelTest {
    private static final FamilyRegistry COST_FAMILIES = FamilyRegistry.standard();
    /** A results line of one configuration: fit and predict seconds and threads per repeat. */
    static ResultRecord result(String family, String parameters, String dataset, String status, double[] fit,
                               double[] predict, int[] threads) {
        String line = String.format(java.util.Locale.ROOT, "{\"name\":\"%s\",\"parameter\":%s,\"dataset\":\"%s\","
                        + "\"status\":\"%s\",\"fit_seconds\":%s,\"predict_seconds\":%s,\"threads\":%s,\"score\":[]}",
                family, parameters, dataset, status, java.util.Arrays.toString(fit), java.util.Arrays.toString(predict),
                java.util.Arrays.toString(threads));
        try {
            return Json.MAPPER.readValue(line, ResultRecord.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static final Configuration SVC_RBF = new Configuration("SVC", Map.of("C", 10.0, "kernel", "rbf"));
    private static final Configuration SVC_POLY = new Configuration("SVC", Map.of("C", 10, "kernel", "poly"));
    private static final Configuration FOREST_10 = new Configuration("RandomForestClassifier",
            Map.of("criterion", "gini", "max_depth", 10, "n_estimators", 10));

    @Test
    void cpuSecondsAreFitPlusPredictTimesThreadsAveragedOverRepeats() {
        CostModel m = CostModel.of(COST_FAMILIES, List.of(result("SVC", "{\"C\":10,\"kernel\":\"rbf\"}", "fashion",
                "ok",
                new double[] {100, 120}, new double[] {10, 10}, new int[] {2, 1})), List.of());
        CostModel.Estimate e = m.estimate(SVC_RBF, "fashion");
        assertEquals(((100 + 10) * 2 + (120 + 10)) / 2.0, e.cpuSeconds(), 1e-9);
        assertEquals("measured here", e.source());
    }

    @Test
    void aResultRecordedFromAnEquivalentConfigurationIsNoMeasurementOfItsOwn() {
        String cs = "\"multi_class\":\"crammer_singer\",\"C\":1";
        ResultRecord ran = result("LinearSVC", "{\"loss\":\"hinge\"," + cs + "}", "fashion", "ok",
                new double[] {200}, new double[] {0}, new int[] {1});
        List<ResultRecord> here = new java.util.ArrayList<>(List.of(ran,
                result("SVC", "{\"C\":1,\"kernel\":\"rbf\"}", "fashion", "ok", new double[] {10},
                        new double[] {0}, new int[] {1}),
                result("SVC", "{\"C\":10,\"kernel\":\"rbf\"}", "fashion", "ok", new double[] {10},
                        new double[] {0}, new int[] {1})));
        List<ResultRecord> reference = new java.util.ArrayList<>(List.of(
                result("LinearSVC", "{\"loss\":\"hinge\"," + cs + "}", "fashion", "ok", new double[] {100},
                        new double[] {0}, new int[] {1}),
                result("SVC", "{\"C\":1,\"kernel\":\"rbf\"}", "fashion", "ok", new double[] {10},
                        new double[] {0}, new int[] {1}),
                result("SVC", "{\"C\":10,\"kernel\":\"rbf\"}", "fashion", "ok", new double[] {10},
                        new double[] {0}, new int[] {1})));
        for (String loss : List.of("squared_hinge", "modified")) {
            Configuration same = new Configuration("LinearSVC", Map.of("loss", loss, "multi_class", "crammer_singer",
                    "C", 1));
            here.add(ran.sharedWith(same));
            reference.add(reference.get(0).sharedWith(same));
        }
        assertEquals(1, CostModel.of(COST_FAMILIES, here, reference).speedRatio(), 1e-9,
                "three experiments measured on both, two at the reference's speed: the shared lines do not outvote them");
    }

    @Test
    void aConfigurationThatTimedOutTakesItsLimitAtLeastAndItsNeighboursLookLikeIt() throws IOException {
        ResultRecord c1 = result("SVC", "{\"C\":1,\"kernel\":\"linear\"}", "fashion", "ok", new double[] {700},
                new double[] {55}, new int[] {1});
        ResultRecord c10 = Json.MAPPER.readValue("{\"name\":\"SVC\",\"parameter\":{\"C\":10,\"kernel\":"
                + "\"linear\"},\"dataset\":\"fashion\",\"status\":\"timed_out\",\"fit_seconds\":[],"
                + "\"predict_seconds\":[],\"threads\":[],\"score\":[],\"time_limit_seconds\":7200}",
                ResultRecord.class);
        CostModel m = CostModel.of(COST_FAMILIES, List.of(c1, c10), List.of());
        CostModel.Estimate again = m.estimate(new Configuration("SVC", Map.of("C", 10, "kernel", "linear")), "fashion");
        assertEquals(7200, again.cpuSeconds(), 1e-9);
        assertEquals("timed out here (at least)", again.source());
        CostModel.Estimate c100 = m.estimate(new Configuration("SVC", Map.of("C", 100, "kernel", "linear")),
                "fashion");
        assertEquals(7200, c100.cpuSeconds(), 1e-9, "C=100 is nearer C=10 than C=1: " + c100);
        assertEquals("like C=10, kernel=linear, which timed out (at least)", c100.source());
        ResultRecord poly = result("SVC", "{\"C\":1,\"kernel\":\"poly\"}", "fashion", "ok", new double[] {120},
                new double[] {8}, new int[] {1});
        CostModel.Estimate poly10 = CostModel.of(COST_FAMILIES, List.of(c1, poly, c10), List.of()).estimate(SVC_POLY,
                "fashion");
        assertEquals("like C=1, kernel=poly", poly10.source(), "another kernel is further than another C: " + poly10);
        assertEquals(1, m.speedRatio(), 1e-9, "a lower bound compares no machines");
    }

    @Test
    void aLowerBoundGivesWayToALargerFigureAndKeepsWhatItsRepeatsMeasured() throws IOException {
        ResultRecord shortLimit = Json.MAPPER.readValue("{\"name\":\"SVC\",\"parameter\":{\"C\":10.0,\"kernel\":"
                + "\"rbf\"},\"dataset\":\"fashion\",\"status\":\"timed_out\",\"fit_seconds\":[],"
                + "\"predict_seconds\":[],\"threads\":[],\"score\":[],\"time_limit_seconds\":60}", ResultRecord.class);
        ResultRecord reference = result("SVC", "{\"C\":10.0,\"kernel\":\"rbf\"}", "fashion", "ok",
                new double[] {5000}, new double[] {0}, new int[] {1});
        CostModel.Estimate e = CostModel.of(COST_FAMILIES, List.of(shortLimit), List.of(reference)).estimate(SVC_RBF,
                "fashion");
        assertEquals(5000, e.cpuSeconds(), 1e-9, "timed out at 60 s here; the reference took 5000: " + e);
        assertEquals("reference", e.source());

        ResultRecord oneOk = Json.MAPPER.readValue("{\"name\":\"SVC\",\"parameter\":{\"C\":10.0,\"kernel\":"
                + "\"rbf\"},\"dataset\":\"fashion\",\"status\":\"timed_out\",\"fit_seconds\":[3000],"
                + "\"predict_seconds\":[0],\"threads\":[4],\"score\":[0.9],\"time_limit_seconds\":3600}",
                ResultRecord.class);
        e = CostModel.of(COST_FAMILIES, List.of(oneOk), List.of()).estimate(SVC_RBF, "fashion");
        assertEquals(3600 * 4, e.cpuSeconds(), 1e-9, "the limit on the 4 threads its other repeat had: " + e);
        assertEquals("timed out here (at least)", e.source());
    }

    @Test
    void referenceFiguresAreScaledByHowThisMachineRanTheConfigurationsBothMeasured() {
        List<ResultRecord> here = List.of(result("SVC", "{\"C\":10.0,\"kernel\":\"rbf\"}", "fashion", "ok",
                new double[] {300}, new double[] {0}, new int[] {1}));
        List<ResultRecord> reference = List.of(
                result("SVC", "{\"C\":10.0,\"kernel\":\"rbf\"}", "fashion", "ok", new double[] {100}, new double[] {0},
                        new int[] {1}),
                result("SVC", "{\"C\":10.0,\"kernel\":\"poly\"}", "mnist", "ok", new double[] {40}, new double[] {0},
                        new int[] {1}));
        CostModel m = CostModel.of(COST_FAMILIES, here, reference);
        assertEquals(3.0, m.speedRatio(), 1e-9, "this machine took 3x the reference's time on SVC rbf");
        CostModel.Estimate poly = m.estimate(SVC_POLY, "fashion");
        assertEquals(120, poly.cpuSeconds(), 1e-9, "the reference's 40 s on MNIST, times 3");
        assertEquals("reference", poly.source());
    }

    @Test
    void withNothingMeasuredOnBothACalibrationScalesTheFigures() {
        List<ResultRecord> reference = List.of(result("SVC", "{\"C\":10.0,\"kernel\":\"poly\"}", "fashion", "ok",
                new double[] {40}, new double[] {0}, new int[] {1}));
        double calibration = 2 * BuiltInCosts.calibrationSeconds();
        CostModel m = CostModel.of(COST_FAMILIES, List.of(), reference, () -> calibration);
        assertEquals(2.0, m.speedRatio(), 1e-9, "the calibration took twice what it took on the reference machine");
        assertEquals(80, m.estimate(SVC_POLY, "fashion").cpuSeconds(), 1e-9);
        assertTrue(m.toString().contains("2.00x their time (by a calibration)"), m.toString());
    }

    @Test
    void aCalibrationThatMeasuredNothingLeavesTheFiguresAsTheyAre() {
        for (double nothing : new double[] {0, Double.NaN, Double.POSITIVE_INFINITY}) {
            CostModel m = CostModel.of(COST_FAMILIES, List.of(), List.of(), () -> nothing);
            assertEquals(1.0, m.speedRatio(), 1e-9, "calibration " + nothing);
            assertTrue(m.toString().contains("(nothing measured on both)"), m.toString());
        }
    }

    @Test
    void theCalibrationIsNotRunWhenMeasurementsTell() {
        List<ResultRecord> here = List.of(result("SVC", "{\"C\":10.0,\"kernel\":\"rbf\"}", "fashion", "ok",
                new double[] {300}, new double[] {0}, new int[] {1}));
        List<ResultRecord> reference = List.of(result("SVC", "{\"C\":10.0,\"kernel\":\"rbf\"}", "fashion", "ok",
                new double[] {100}, new double[] {0}, new int[] {1}));
        CostModel m = CostModel.of(COST_FAMILIES, here, reference, () -> {
            throw new AssertionError("calibrated although the machine has measured a configuration of the reference");
        });
        assertEquals(3.0, m.speedRatio(), 1e-9);
        assertTrue(m.toString().contains("(over 1 configuration measured on both)"), m.toString());
    }

    @Test
    void theCalibrationsWorkIsTheSameEveryTime() {
        assertEquals(Calibration.work(3, 2, 2), Calibration.work(3, 2, 2));
        assertTrue(Calibration.seconds(1) > 0);
    }

    @Test
    void failedResultsAreNotMeasurements() {
        CostModel m = CostModel.of(COST_FAMILIES, List.of(result("SVC", "{\"C\":10.0,\"kernel\":\"rbf\"}", "fashion",
                "timed_out",
                new double[] {7200}, new double[] {0}, new int[] {1})), List.of());
        assertTrue(m.estimate(SVC_RBF, "fashion").cpuSeconds() < 7200, "a time-out is no measurement");
    }

    @Test
    void anUnmeasuredConfigurationScalesTheNearestOneBySize() {
        CostModel m = CostModel.of(COST_FAMILIES, List.of(result("RandomForestClassifier",
                "{\"criterion\":\"gini\",\"max_depth\":10,\"n_estimators\":100}", "fashion", "ok",
                new double[] {50}, new double[] {0}, new int[] {2})), List.of());
        CostModel.Estimate e = m.estimate(FOREST_10, "fashion");
        assertEquals(10, e.cpuSeconds(), 1e-9, "a tenth of the trees: a tenth of the 100 CPU seconds");
        assertTrue(e.source().startsWith("like "), e.source());
    }

    @Test
    void theNumberOfRoundsCountsAsSharedSoTheSameTreesScaledAreTheNearest() {
        // the reference run: depth 10 with 50 rounds took 475 s, depth 10 with 10 rounds 101 s, depth 3 with 50 163 s
        CostModel m = CostModel.of(COST_FAMILIES, List.of(
                result("GradientBoostingClassifier", "{\"loss\":\"deviance\",\"max_depth\":10,\"n_estimators\":10}",
                        "fashion", "ok", new double[] {100}, new double[] {0}, new int[] {1}),
                result("GradientBoostingClassifier", "{\"loss\":\"deviance\",\"max_depth\":3,\"n_estimators\":50}",
                        "fashion", "ok", new double[] {150}, new double[] {0}, new int[] {1})), List.of());
        CostModel.Estimate e = m.estimate(new Configuration("GradientBoostingClassifier",
                Map.of("loss", "deviance", "max_depth", 10, "n_estimators", 50)), "fashion");
        assertEquals("like loss=deviance, max_depth=10, n_estimators=10", e.source(),
                "five times the rounds of the same trees, not as many rounds of shallower ones: " + e);
        assertEquals(500, e.cpuSeconds(), 1e-9);
    }

    @Test
    void parametersTheFamilyIgnoresDoNotMakeAConfigurationNear() {
        // Crammer-Singer ignores loss and penalty: the reference run's C=1 took 29 minutes a repeat, one-vs-rest's
        // C=100 with the same loss and penalty as the configuration estimated about 11 minutes
        CostModel m = CostModel.of(COST_FAMILIES, List.of(
                result("LinearSVC",
                        "{\"loss\":\"hinge\",\"penalty\":\"l1\",\"C\":1.0,\"multi_class\":\"crammer_singer\"}",
                        "fashion", "ok", new double[] {1700}, new double[] {0}, new int[] {1}),
                result("LinearSVC", "{\"loss\":\"hinge\",\"penalty\":\"l2\",\"C\":100.0,\"multi_class\":\"ovr\"}",
                        "fashion", "ok", new double[] {650}, new double[] {0}, new int[] {1})), List.of());
        CostModel.Estimate e = m.estimate(new Configuration("LinearSVC",
                Map.of("loss", "hinge", "penalty", "l2", "C", 100.0, "multi_class", "crammer_singer")), "fashion");
        assertEquals("like C=1, loss=hinge, multi_class=crammer_singer, penalty=l1", e.source(), e.toString());
        assertEquals(1700, e.cpuSeconds(), 1e-9);
    }

    @Test
    void everyFamilyOfTheOriginalGridHasABuiltInFigure() {
        List<String> families = BuiltInCosts.load().stream().map(c -> c.configuration().family()).distinct().toList();
        assertEquals(13, families.size(), families.toString());
    }

    @Test
    void damagedReferenceLinesAreLeftOut() throws IOException {
        String text = "null\n{}\nnot json\n" + Json.MAPPER.writeValueAsString(result("GaussianNB", "{}", "fashion",
                "ok", new double[] {1}, new double[] {1}, new int[] {1})) + "\n";
        List<ResultRecord> read = ReferenceResults.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, read.size());
        assertEquals("GaussianNB", read.get(0).name());
    }
}
