package dev.fmnist.classic.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.estimator.FamilyRegistry;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The shipped grids against the real families of this module. */
class BuiltInGridsTest {
    private static final FamilyRegistry REAL = FamilyRegistry.standard();

    @Test
    void theOriginalGridRunsEveryFamilyButTheNeuralNetworkAndTheGaussianProcess() {
        Grid g = GridReader.original(REAL);
        Set<String> families = new TreeSet<>(g.families());
        assertEquals(new TreeSet<>(List.of("DecisionTreeClassifier", "ExtraTreeClassifier", "GaussianNB",
                "GradientBoostingClassifier", "KNeighborsClassifier", "LinearSVC", "LogisticRegression",
                "PassiveAggressiveClassifier", "Perceptron", "RandomForestClassifier", "SGDClassifier", "SVC")),
                families);
        assertTrue(g.notRun().get("GaussianProcessClassifier").startsWith("O(n³)"), g.notRun().toString());
        assertTrue(g.notRun().containsKey("MLPClassifier"), "the neural-network module is not on this class path");
        for (String what : g.notRun().keySet()) {
            assertTrue(what.equals("GaussianProcessClassifier") || what.equals("MLPClassifier")
                    || what.startsWith("LogisticRegression {") && what.contains("multi_class=multinomial")
                        && what.contains("penalty=l1")
                    || what.startsWith("LinearSVC {") && what.contains("loss=hinge") && what.contains("penalty=l1"),
                    "unexpected: " + what + ": " + g.notRun().get(what));
        }
    }

    @Test
    void theQuickGridHoldsOneConfigurationOfTheOriginalGridPerFamily() {
        Grid quick = GridReader.quick(REAL);
        assertEquals(Set.of("MLPClassifier"), quick.notRun().keySet(), "the neural-network module is not on this class path");
        Set<String> original = GridReader.original(REAL).configurations().stream().map(Configuration::key)
                .collect(java.util.stream.Collectors.toSet());
        PublishedResults published = PublishedResults.builtIn();
        for (Configuration c : quick.configurations()) {
            assertTrue(original.contains(c.key()), c + " is a configuration of the original grid");
            assertTrue(published.ofFamily(c.family()).isPresent(), c.family() + " has a published figure");
        }
        assertTrue(published.find(new Configuration("LogisticRegression",
                java.util.Map.of("C", 1.0, "multi_class", "multinomial", "penalty", "l2"))).isEmpty(),
                "logistic regression runs a stand-in for its published best (l1, ovr): multinomial l2 reaches it in "
                        + "seconds rather than minutes");
        assertEquals(quick.families().size(), quick.configurations().size(), "one configuration per family");
    }
}
