package dev.fmnist.estimator;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed access to one configuration's parameters, as they come from the grid JSON (strings, numbers, booleans,
 * lists). A parameter left out takes scikit-learn's default, given by the caller. A value of the wrong kind is an
 * {@link IllegalArgumentException} naming the family, the parameter and what it must be, which the grid reader
 * reports with the file and line.
 */
public final class Params {
    private final Family family;
    private final Map<String, Object> values;

    /**
     * @param family the family whose parameters these are: its {@link Family#parameters()} give the allowed values of
     *               {@link #choice(String, String)}
     * @param values the configuration's values
     */
    public Params(Family family, Map<String, Object> values) {
        this.family = family;
        this.values = Collections.unmodifiableMap(new HashMap<>(values)); // a null value is as good as absent
    }

    /** A string parameter, or {@code fallback} when absent. */
    public String string(String name, String fallback) {
        return typed(name, fallback, String.class, "a string");
    }

    /** A number parameter, or {@code fallback} when absent. */
    public double number(String name, double fallback) {
        Number n = typed(name, null, Number.class, "a number");
        return n == null ? fallback : n.doubleValue();
    }

    /** A whole-number parameter, or {@code fallback} when absent. */
    public int integer(String name, int fallback) {
        double d = number(name, fallback);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw invalid(name, values.get(name), "a whole number");
        }
        return (int) d;
    }

    /** A whole number of at least 1 (a count: epochs, trees, neighbours), or {@code fallback} when absent. */
    public int count(String name, int fallback) {
        int n = integer(name, fallback);
        if (n < 1) {
            throw invalid(name, values.get(name), "a whole number of at least 1");
        }
        return n;
    }

    /** Counts given as one number or a list of numbers (layer sizes), or {@code fallback} when absent. */
    public int[] counts(String name, int... fallback) {
        Object v = values.get(name);
        if (v == null) {
            return fallback.clone();
        }
        List<?> list = v instanceof List<?> l ? l : List.of(v);
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                    || n.doubleValue() < 1 || n.doubleValue() > Integer.MAX_VALUE) {
                throw invalid(name, v, "a whole number of at least 1, or a list of them");
            }
            out[i] = n.intValue();
        }
        if (out.length == 0) {
            throw invalid(name, v, "a whole number of at least 1, or a non-empty list of them");
        }
        return out;
    }

    /** A positive number parameter, or {@code fallback} when absent. */
    public double positive(String name, double fallback) {
        double d = number(name, fallback);
        if (!(d > 0)) {
            throw invalid(name, values.get(name), "a positive number");
        }
        return d;
    }

    /** A boolean parameter, or {@code fallback} when absent. */
    public boolean flag(String name, boolean fallback) {
        return typed(name, fallback, Boolean.class, "true or false");
    }

    /** A list of numbers, or {@code null} when absent. */
    public double[] numbers(String name) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> list)) {
            throw invalid(name, v, "a list of numbers");
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Number n)) {
                throw invalid(name, v, "a list of numbers");
            }
            out[i] = n.doubleValue();
        }
        return out;
    }

    /**
     * A string parameter that must be one of the values its family's {@link ParameterSpec} allows, or
     * {@code fallback} when absent.
     */
    public String choice(String name, String fallback) {
        List<Object> allowed = family.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(family.name() + " declares no parameter " + name))
                .allowed();
        String s = string(name, fallback);
        if (!allowed.contains(s)) {
            throw invalid(name, s, "one of " + allowed);
        }
        return s;
    }

    private <T> T typed(String name, T fallback, Class<T> type, String expected) {
        Object v = values.get(name);
        if (v == null) {
            return fallback;
        }
        if (!type.isInstance(v)) {
            throw invalid(name, v, expected);
        }
        return type.cast(v);
    }

    private IllegalArgumentException invalid(String name, Object value, String expected) {
        return new IllegalArgumentException(family.name() + ": parameter " + name + " = " + value + " must be "
                + expected);
    }
}
