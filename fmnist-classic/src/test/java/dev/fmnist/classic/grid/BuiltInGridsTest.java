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
    void theQuickGridIsTheBestPublishedConfigurationOfEachFamilyItRuns() {
        Grid quick = GridReader.quick(REAL);
        assertEquals(Set.of("MLPClassifier"), quick.notRun().keySet(), "the neural-network module is not on this class path");
        PublishedResults published = PublishedResults.builtIn();
        for (Configuration c : quick.configurations()) {
            assertTrue(published.find(c).isPresent(), c + " is a published configuration");
        }
        assertEquals(quick.families().size(), quick.configurations().size(), "one configuration per family");
    }
}
