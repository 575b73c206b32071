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
 * @param notRun         families the file names that this tool recognizes but does not run here, with the reason
 */
public record Grid(String source, List<Configuration> configurations, Map<String, String> notRun) {
    public Grid {
        configurations = List.copyOf(configurations);
        notRun = Map.copyOf(notRun);
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
        return new Grid(source, kept, new LinkedHashMap<>());
    }
}
