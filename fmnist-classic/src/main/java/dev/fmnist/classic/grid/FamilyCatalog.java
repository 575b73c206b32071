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

    /** Recognized families that do not run here, with the reason. */
    public Map<String, String> notRun() {
        return Map.copyOf(notRun);
    }
}
