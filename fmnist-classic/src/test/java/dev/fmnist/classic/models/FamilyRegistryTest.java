package dev.fmnist.classic.models;

import dev.fmnist.estimator.FamilyRegistry;

import dev.fmnist.estimator.Family;
import dev.fmnist.classic.models.bayes.GaussianNB;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FamilyRegistryTest {
    @Test
    void standardRegistryHoldsEveryFamilyOfTheOriginalGridButTheNeuralNetworkAndGaussianProcess() {
        Set<String> names = FamilyRegistry.standard().all().stream().map(Family::name).collect(Collectors.toSet());
        assertEquals(Set.of("GaussianNB", "Perceptron", "PassiveAggressiveClassifier", "SGDClassifier",
                "DecisionTreeClassifier", "ExtraTreeClassifier", "RandomForestClassifier", "KNeighborsClassifier",
                "GradientBoostingClassifier", "LinearSVC", "LogisticRegression", "SVC"), names);
    }

    @Test
    void unknownNamesAreRejectedWithTheKnownOnes() {
        FamilyRegistry r = FamilyRegistry.of(List.of(new GaussianNB()));
        assertTrue(r.find("GaussianNB").isPresent());
        assertFalse(r.find("MLPClassifier").isPresent());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.get("MLPClassifier"));
        assertEquals("unknown family 'MLPClassifier'; families: GaussianNB", e.getMessage());
    }

    @Test
    void twoFamiliesOfOneNameAreAnError() {
        assertThrows(IllegalStateException.class, () -> FamilyRegistry.of(List.of(new GaussianNB(), new GaussianNB())));
    }

    @Test
    void everyFamilyDescribesItsParameters() {
        for (Family f : FamilyRegistry.standard().all()) {
            assertFalse(f.parameters().isEmpty(), f.name());
            assertFalse(f.library().isBlank(), f.name());
        }
    }
}
