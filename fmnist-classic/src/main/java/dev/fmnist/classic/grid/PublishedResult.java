package dev.fmnist.classic.grid;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * A published test accuracy of one configuration.
 *
 * @param family     the family, as in the grid
 * @param parameters the parameters the publication names
 * @param accuracy   test accuracy by dataset name ({@code fashion}, {@code mnist})
 */
public record PublishedResult(String family, Map<String, Object> parameters, Map<String, Double> accuracy) {
    /** Whether a configuration is this one: same family, and every published parameter has the same value. */
    public boolean matches(Configuration c) {
        if (!c.family().equals(family)) {
            return false;
        }
        for (var e : parameters.entrySet()) {
            if (!c.parameters().containsKey(e.getKey())
                    || !ParameterValues.same(e.getValue(), c.parameters().get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The published accuracy on a dataset, if there is one. */
    public OptionalDouble accuracyOn(String dataset) {
        Double a = accuracy.get(dataset);
        return a == null ? OptionalDouble.empty() : OptionalDouble.of(a);
    }
}
