package dev.fmnist.classic.grid;

import java.util.List;
import java.util.Optional;

/**
 * The families of the original benchmark's grid that a grid file may name although this build does not run them,
 * each with the reason shown to the user (the original grid lists them; a build without the neural-network module
 * lacks {@code MLPClassifier}).
 */
public final class OriginalFamilies {
    /** The families of the original benchmark's grid. */
    public static final List<String> NAMES = List.of("PassiveAggressiveClassifier", "SGDClassifier",
            "Perceptron", "DecisionTreeClassifier", "RandomForestClassifier", "LogisticRegression", "MLPClassifier",
            "KNeighborsClassifier", "SVC", "GaussianNB", "ExtraTreeClassifier", "GaussianProcessClassifier",
            "GradientBoostingClassifier", "LinearSVC");

    private OriginalFamilies() {
    }

    /** Why a family of the original grid does not run here; empty for a name the original grid does not have. */
    public static Optional<String> whyNotRun(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        return Optional.of(switch (name) {
            case "MLPClassifier" -> "a neural network: it runs when the neural-network module is on the class "
                    + "path, and is trained with its own command";
            case "GaussianProcessClassifier" -> "O(n³) time and O(n²) memory in the training set: 60,000 "
                    + "images need a 60,000 x 60,000 kernel matrix (29 GB in doubles) per class; not run on the "
                    + "full training set (docs/classic-grid.md)";
            default -> "not available in this build";
        });
    }
}
