package dev.fmnist.classic.grid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated grid: every combination of every family's parameter lists, in file order.
 *
 * @param source         where it came from (a file name, or the built-in grid's name)
 * @param configurations the combinations to run
 * @param notRun         what the grid names that does not run here, with the reason: families (by name) this tool
 *                       recognizes but does not run, and combinations a family refuses (by configuration key)
 */
public record Grid(String source, List<Configuration> configurations, Map<String, String> notRun) {
    public Grid {
        configurations = List.copyOf(configurations);
        notRun = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notRun));
    }

    /** The families of the configurations, in file order. */
    public Set<String> families() {
        Set<String> names = new LinkedHashSet<>();
        configurations.forEach(c -> names.add(c.family()));
        return names;
    }

    /**
     * This grid restricted to some families.
     *
     * @throws IllegalArgumentException naming a family the grid does not hold, and those it does
     */
    public Grid onlyFamilies(Collection<String> names) {
        Set<String> available = families();
        for (String n : names) {
            if (!available.contains(n)) {
                throw new IllegalArgumentException("family '" + n + "' is not in the grid " + source
                        + (notRun.containsKey(n) ? " to run (" + notRun.get(n) + ")" : "")
                        + "; its families: " + String.join(", ", available));
            }
        }
        List<Configuration> kept = new ArrayList<>();
        for (Configuration c : configurations) {
            if (names.contains(c.family())) {
                kept.add(c);
            }
        }
        Map<String, String> keptNotRun = new LinkedHashMap<>();
        notRun.forEach((what, why) -> {
            if (names.stream().anyMatch(n -> what.equals(n) || what.startsWith(n + " {"))) {
                keptNotRun.put(what, why);
            }
        });
        return new Grid(source, kept, keptNotRun);
    }
}
