package dev.fmnist.classic.grid;

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

    @Override
    public String toString() {
        return key();
    }
}
