package dev.fmnist.classic.grid;

import dev.fmnist.estimator.FamilyRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.classic.testing.ScriptedFamily;
import dev.fmnist.classic.testing.SpecOnlyFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridReaderTest {
    /** Families with the original grid's parameter names, values left open. */
    static FamilyRegistry originalFamilies() {
        List<Object> any = List.of();
        return FamilyRegistry.of(List.of(
                SpecOnlyFamily.of("PassiveAggressiveClassifier", Map.of("C", any)),
                SpecOnlyFamily.of("SGDClassifier", Map.of("loss", any, "penalty", any)),
                SpecOnlyFamily.of("Perceptron", Map.of("penalty", any)),
                SpecOnlyFamily.of("DecisionTreeClassifier", Map.of("criterion", any, "splitter", any, "max_depth", any)),
                SpecOnlyFamily.of("RandomForestClassifier", Map.of("criterion", any, "max_depth", any,
                        "n_estimators", any)),
                SpecOnlyFamily.of("LogisticRegression", Map.of("penalty", any, "C", any, "multi_class", any)),
                SpecOnlyFamily.of("KNeighborsClassifier", Map.of("n_neighbors", any, "weights", any, "p", any)),
                SpecOnlyFamily.of("SVC", Map.of("C", any, "kernel", List.of("linear", "rbf", "poly", "sigmoid"))),
                SpecOnlyFamily.of("GaussianNB", Map.of("priors", any)),
                SpecOnlyFamily.of("ExtraTreeClassifier", Map.of("criterion", any, "splitter", any, "max_depth", any)),
                SpecOnlyFamily.of("GradientBoostingClassifier", Map.of("loss", any, "n_estimators", any,
                        "max_depth", any)),
                SpecOnlyFamily.of("LinearSVC", Map.of("loss", any, "penalty", any, "C", any, "multi_class", any))));
    }

    private static final FamilyRegistry SCRIPTED = FamilyRegistry.of(List.of(new ScriptedFamily()));

    @Test
    void theOriginalGridExpandsToEveryCombination() {
        Grid g = GridReader.original(originalFamilies());
        Map<String, Long> perFamily = g.configurations().stream()
                .collect(Collectors.groupingBy(Configuration::family, Collectors.counting()));
        assertEquals(Map.ofEntries(Map.entry("PassiveAggressiveClassifier", 3L), Map.entry("SGDClassifier", 15L),
                Map.entry("Perceptron", 3L), Map.entry("DecisionTreeClassifier", 12L),
                Map.entry("RandomForestClassifier", 18L), Map.entry("LogisticRegression", 12L),
                Map.entry("KNeighborsClassifier", 12L), Map.entry("SVC", 12L), Map.entry("GaussianNB", 1L),
                Map.entry("ExtraTreeClassifier", 12L), Map.entry("GradientBoostingClassifier", 9L),
                Map.entry("LinearSVC", 24L)), perFamily);
        assertEquals(Map.of("MLPClassifier", OriginalFamilies.whyNotRun("MLPClassifier").orElseThrow(),
                "GaussianProcessClassifier", OriginalFamilies.whyNotRun("GaussianProcessClassifier").orElseThrow()),
                g.notRun());
        // itertools.product order: the first list varies slowest
        List<String> svc = g.configurations().stream().filter(c -> c.family().equals("SVC"))
                .map(Configuration::parameterText).limit(2).toList();
        assertEquals(List.of("C=1, kernel=linear", "C=1, kernel=rbf"), svc);
        assertEquals(133, g.configurations().stream().map(Configuration::key).distinct().count());
    }

    @Test
    void combinationsAFamilyRefusesAreNotRunInTheBuiltInGridButAreErrorsInAUsersFile() {
        FamilyRegistry original = originalFamilies();
        FamilyRegistry refusing = FamilyRegistry.of(original.names().stream()
                .map(n -> n.equals("LogisticRegression") ? refusingMultinomial(original.get(n)) : original.get(n))
                .toList());
        Grid g = GridReader.original(refusing);
        assertEquals(6, g.configurations().stream().filter(c -> c.family().equals("LogisticRegression")).count());
        assertEquals("multinomial is refused",
                g.notRun().get("LogisticRegression {C=1, multi_class=multinomial, penalty=l1}"));
        Grid lr = g.onlyFamilies(List.of("LogisticRegression"));
        assertEquals(6, lr.notRun().size(), "the refused combinations stay with their family");
        GridException e = assertThrows(GridException.class, () -> GridReader.parse("mine.json",
                "{\"classifiers\": {\"LogisticRegression\": [{\"multi_class\": [\"ovr\", \"multinomial\"]}]}}",
                refusing));
        assertEquals("mine.json:1: LogisticRegression {multi_class=multinomial}: multinomial is refused",
                e.getMessage());
    }

    private static Family refusingMultinomial(Family f) {
        return new Family() {
            @Override
            public String name() {
                return f.name();
            }

            @Override
            public List<ParameterSpec> parameters() {
                return f.parameters();
            }

            @Override
            public Trainer trainer(Map<String, Object> params) {
                if ("multinomial".equals(params.get("multi_class"))) {
                    throw new IllegalArgumentException("multinomial is refused");
                }
                return f.trainer(params);
            }

            @Override
            public String library() {
                return f.library();
            }
        };
    }

    @Test
    void pythonTupleStringsBecomeListsAsTheOriginalRunnerEvaluatedThem() {
        assertEquals(Optional.of(List.of(100)), GridReader.tuple("(100,)"));
        assertEquals(Optional.of(List.of(100, 10)), GridReader.tuple("(100,10,)"));
        assertEquals(Optional.of(List.of(10, 10)), GridReader.tuple(" (10, 10) "));
        assertEquals(Optional.of(List.of(0.5)), GridReader.tuple("(0.5,)"));
        assertEquals(Optional.empty(), GridReader.tuple("(a,)"));
        assertEquals(Optional.empty(), GridReader.tuple("(,)"));
        assertEquals(Optional.empty(), GridReader.tuple("rbf"));
        FamilyRegistry withMlp = FamilyRegistry.of(List.of(SpecOnlyFamily.of("MLPClassifier",
                Map.of("activation", List.of(), "hidden_layer_sizes", List.of()))));
        Grid g = GridReader.original(withMlp).onlyFamilies(List.of("MLPClassifier"));
        assertEquals(8, g.configurations().size());
        assertEquals(List.of(100, 10), g.configurations().get(3).parameters().get("hidden_layer_sizes"));
        assertEquals(0.871, PublishedResults.builtIn().find(g.configurations().get(5)).orElseThrow()
                .accuracyOn("fashion").getAsDouble(), "relu, (100,) is the published MLP");
    }

    @Test
    void theCommonBlockJoinsEveryConfigurationAndMultiKeyObjectsMultiply() throws Exception {
        Grid g = GridReader.parse("g.json", """
                {"common": {"k": 3},
                 "classifiers": {"Scripted": [{"mode": ["stable", "shuffled"], "memory_mb": [1, 2]}]}}
                """, SCRIPTED);
        assertEquals(List.of("k=3, memory_mb=1, mode=stable", "k=3, memory_mb=2, mode=stable",
                        "k=3, memory_mb=1, mode=shuffled", "k=3, memory_mb=2, mode=shuffled"),
                g.configurations().stream().map(Configuration::parameterText).toList());
    }

    @Test
    void anUnknownFamilyIsNamedWithItsLineAndTheKnownFamilies() {
        GridException e = assertThrows(GridException.class, () -> GridReader.parse("g.json", """
                {"common": {},
                 "classifiers": {
                   "Scripted": [{"mode": ["stable"]}],
                   "Sripted": [{"mode": ["stable"]}]
                 }}
                """, SCRIPTED));
        assertEquals("g.json:4: unknown family \"Sripted\"; families: Scripted", e.getMessage());
    }

    @Test
    void anUnknownParameterIsNamedWithItsLineAndTheFamilysParameters() {
        GridException e = assertThrows(GridException.class, () -> GridReader.parse("g.json", """
                {"classifiers": {
                   "Scripted": [
                     {"mode": ["stable"]},
                     {"gamma": [0.1]}
                   ]}}
                """, SCRIPTED));
        assertEquals("g.json:4: Scripted has no parameter \"gamma\"; its parameters: mode, memory_mb, k, note",
                e.getMessage());
    }

    @Test
    void aDisallowedValueIsNamedWithTheAllowedOnes() {
        GridException e = assertThrows(GridException.class, () -> GridReader.parse("g.json", """
                {"classifiers": {"Scripted": [{"mode": ["stable",
                                                       "sideways"]}]}}
                """, SCRIPTED));
        assertEquals("g.json:2: Scripted mode=sideways is not allowed; allowed: stable, shuffled, hang, report, pair, "
                + "fail",
                e.getMessage());
    }

    @Test
    void aValueTheFamilyRejectsIsReportedWithItsConfiguration() {
        GridException e = assertThrows(GridException.class, () -> GridReader.parse("g.json", """
                {"classifiers": {
                  "Scripted": [{"k": [1, -2]}]}}
                """, SCRIPTED));
        assertEquals("g.json:2: Scripted {k=-2}: k must be positive, not -2", e.getMessage());
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        GridException e = assertThrows(GridException.class, () -> GridReader.parse("g.json", """
                {"classifiers": {
                  "Scripted": [{"mode": ["stable",]}]}}
                """, SCRIPTED));
        assertTrue(e.getMessage().startsWith("g.json:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
        GridException unclosed = assertThrows(GridException.class, () -> GridReader.parse("g.json", """
                {"classifiers": {
                  "Scripted": [{"mode": ["stable"]]}}
                """, SCRIPTED));
        assertEquals("g.json:2:35: not valid JSON: Unexpected close marker ']': expected '}' (for Object starting at "
                + "line 2, column 16)", unclosed.getMessage());
    }

    @Test
    void shapeMistakesSayWhatIsExpected() {
        assertEquals("g.json:1: \"mode\" must be a non-empty list of values, e.g. [1.0, 10.0]",
                assertThrows(GridException.class, () -> GridReader.parse("g.json",
                        "{\"classifiers\": {\"Scripted\": [{\"mode\": \"stable\"}]}}", SCRIPTED)).getMessage());
        assertEquals("g.json:1: unknown key \"classifier\"; a grid has \"common\" and \"classifiers\"",
                assertThrows(GridException.class, () -> GridReader.parse("g.json",
                        "{\"classifier\": {}}", SCRIPTED)).getMessage());
        assertTrue(assertThrows(GridException.class, () -> GridReader.parse("g.json",
                "{\"classifiers\": {\"Scripted\": [{\"mode\": [\"stable\"]}], \"Scripted\": []}}", SCRIPTED))
                .getMessage().contains("Duplicate field 'Scripted'"));
    }

    @Test
    void aFileIsReadWithItsPathInMessages(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.json");
        Files.writeString(f, "{\"classifiers\": {\"Nope\": []}}");
        GridException e = assertThrows(GridException.class, () -> GridReader.read(f, SCRIPTED));
        assertTrue(e.getMessage().startsWith(f + ":1: unknown family \"Nope\""), e.getMessage());
    }

    @Test
    void onlyFamiliesRestrictsAndRejectsFamiliesNotInTheGrid() {
        Grid g = GridReader.original(originalFamilies());
        assertEquals(12, g.onlyFamilies(List.of("SVC")).configurations().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> g.onlyFamilies(List.of("MLPClassifier")));
        assertTrue(e.getMessage().contains("(a neural network: it runs when"), e.getMessage());
    }

    @Test
    void publishedResultsMatchTheirConfigurationWhateverTheNumberSpelling() {
        PublishedResults published = PublishedResults.builtIn();
        Configuration svc = new Configuration("SVC", Map.of("C", 10, "kernel", "rbf"));
        assertEquals(0.897, published.find(svc).orElseThrow().accuracyOn("fashion").getAsDouble());
        assertEquals(0.973, published.find(svc).orElseThrow().accuracyOn("mnist").getAsDouble());
        assertTrue(published.find(new Configuration("SVC", Map.of("C", 1.0, "kernel", "rbf"))).isEmpty());
        Configuration nb = new Configuration("GaussianNB", Map.of("priors", List.of(0.1, 0.1, 0.1, 0.1, 0.1,
                0.1, 0.1, 0.1, 0.1, 0.1)));
        assertEquals(0.511, published.find(nb).orElseThrow().accuracyOn("fashion").getAsDouble());
        assertEquals(13, published.results().size());
    }

    @Test
    void hostileGridsAreGridExceptions(@TempDir Path tmp) throws Exception {
        FamilyRegistry real = FamilyRegistry.of(FamilyRegistry.standard().all());
        Map<String, String> cases = Map.of(
                "{\"classifiers\": {\"SVC\": [{\"C\": [1e400]}]}}", "numbers must be finite",
                "{\"classifiers\": {\"MLPClassifier\": [{\"hidden_layer_sizes\": [\"(1e400,)\"]}]}}",
                "numbers must be finite",
                "{\"classifiers\": {\"SVC\": [{\"C\": " + manyValues() + "}, {\"tol\": " + manyValues()
                        + "}, {\"gamma\": " + manyValues() + "}]}}", "more than 100000 combinations",
                "{\"classifiers\": {\"SVC\": [{\"kernel\": [\"\\u001b[2J\"]}]}}", "SVC kernel=?[2J is not allowed");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            GridException e = assertThrows(GridException.class, () -> GridReader.parse("g.json", c.getKey(), real));
            assertTrue(e.getMessage().contains(c.getValue()), e.getMessage());
        }
        Grid nulls = GridReader.parse("g.json", "{\"classifiers\": {\"SVC\": [{\"C\": [null, 1.0]}]}}", real);
        assertEquals(2, nulls.configurations().size(), "a null parameter is the family's default, as in the original");
        Path huge = tmp.resolve("huge.json");
        try (var out = Files.newOutputStream(huge)) {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 17; i++) {
                out.write(spaces);
            }
        }
        GridException tooLarge = assertThrows(GridException.class, () -> GridReader.read(huge, real));
        assertTrue(tooLarge.getMessage().contains("larger than 16777216 bytes"), tooLarge.getMessage());
    }

    private static String manyValues() {
        return java.util.stream.IntStream.rangeClosed(1, 100).mapToObj(Integer::toString)
                .collect(Collectors.joining(",", "[", "]"));
    }
}
