package dev.fmnist.classic.grid;

import dev.fmnist.estimator.FamilyRegistry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One combination of a grid: a family and the value of each of its parameters (the grid's {@code common} block
 * included), in the grid file's order.
 *
 * @param family     the family's name, for example {@code SVC}
 * @param parameters the parameter values (strings, numbers, booleans, lists)
 */
public record Configuration(String family, Map<String, Object> parameters) {
    public Configuration {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The parameters as sorted {@code name=value} text, for example {@code C=10, kernel=rbf}. */
    public String parameterText() {
        return ParameterValues.canonical(parameters);
    }

    /** The identity of this configuration: family and canonical parameters ({@code 10} and {@code 10.0} alike). */
    public String key() {
        return family + " {" + parameterText() + "}";
    }

    /**
     * This configuration as its family trains it: the parameters the family ignores in this combination left out
     * ({@link dev.fmnist.estimator.Family#effectiveParameters}); itself where the family is not registered.
     * Configurations with the same effective configuration train the same model.
     */
    public Configuration effective(FamilyRegistry families) {
        return families.find(family).map(f -> new Configuration(family, f.effectiveParameters(parameters)))
                .orElse(this);
    }

    @Override
    public String toString() {
        return key();
    }
}
