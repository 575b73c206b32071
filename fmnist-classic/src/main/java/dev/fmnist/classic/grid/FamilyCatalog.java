package dev.fmnist.classic.grid;

import dev.fmnist.classic.family.Family;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The families a grid file may name: those this tool runs, and those it recognizes from the original grid but does
 * not run here (for example {@code MLPClassifier}, which belongs to the neural-network command), each with the reason.
 */
public final class FamilyCatalog {
    /** The families of the original benchmark's grid. */
    public static final List<String> ORIGINAL_FAMILIES = List.of("PassiveAggressiveClassifier", "SGDClassifier",
            "Perceptron", "DecisionTreeClassifier", "RandomForestClassifier", "LogisticRegression", "MLPClassifier",
            "KNeighborsClassifier", "SVC", "GaussianNB", "ExtraTreeClassifier", "GaussianProcessClassifier",
            "GradientBoostingClassifier", "LinearSVC");

    private final Map<String, Family> families = new LinkedHashMap<>();
    private final Map<String, String> notRun = new LinkedHashMap<>();

    /**
     * @param families the families that run
     * @param notRun   names of recognized families that do not run here, each with the reason shown to the user
     */
    public FamilyCatalog(Collection<? extends Family> families, Map<String, String> notRun) {
        for (Family f : families) {
            if (this.families.put(f.name(), f) != null) {
                throw new IllegalArgumentException("two families named " + f.name());
            }
        }
        this.notRun.putAll(notRun);
        this.notRun.keySet().removeAll(this.families.keySet());
    }

    /**
     * The catalog of the given families, recognizing every other family of the original grid as not run here:
     * {@code MLPClassifier} (the neural-network module's), {@code GaussianProcessClassifier} (O(n³)), and any other
     * the build lacks.
     */
    public static FamilyCatalog withOriginalFamilies(Collection<? extends Family> families) {
        Map<String, String> notRun = new LinkedHashMap<>();
        for (String name : ORIGINAL_FAMILIES) {
            notRun.put(name, switch (name) {
                case "MLPClassifier" -> "a neural network: it runs when the neural-network module is on the class "
                        + "path, and is trained with its own command";
                case "GaussianProcessClassifier" -> "O(n³) time and O(n²) memory in the training set: 60,000 "
                        + "images need a 60,000 x 60,000 kernel matrix (29 GB in doubles) per class; not run on the "
                        + "full training set (docs/classic-grid.md)";
                default -> "not available in this build";
            });
        }
        return new FamilyCatalog(families, notRun);
    }

    /** The family of a name, if it runs here. */
    public Optional<Family> find(String name) {
        return Optional.ofNullable(families.get(name));
    }

    /** The family of a name, which must run here. */
    public Family get(String name) {
        Family f = families.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown family '" + name + "'; families: " + String.join(", ", names()));
        }
        return f;
    }

    /** Why a recognized family does not run here, if that is the case. */
    public Optional<String> whyNotRun(String name) {
        return Optional.ofNullable(notRun.get(name));
    }

    /** The names of the families that run. */
    public List<String> names() {
        return List.copyOf(families.keySet());
    }
}
