package dev.fmnist.classic.models;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed access to one configuration's parameters, as they come from the grid JSON (strings, numbers, booleans,
 * lists). A parameter left out takes scikit-learn's default, given by the caller.
 */
public final class Params {
    private final String family;
    private final Map<String, Object> values;

    public Params(String family, Map<String, Object> values) {
        this.family = family;
        this.values = Collections.unmodifiableMap(new HashMap<>(values)); // a null value is as good as absent
    }

    /** A string parameter, or {@code fallback} when absent. */
    public String string(String name, String fallback) {
        Object v = values.get(name);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String s)) {
            throw invalid(name, v, "a string");
        }
        return s;
    }

    /** A number parameter, or {@code fallback} when absent. */
    public double number(String name, double fallback) {
        Object v = values.get(name);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n)) {
            throw invalid(name, v, "a number");
        }
        return n.doubleValue();
    }

    /** A whole-number parameter, or {@code fallback} when absent. */
    public int integer(String name, int fallback) {
        double d = number(name, fallback);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw invalid(name, values.get(name), "a whole number");
        }
        return (int) d;
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
        Object v = values.get(name);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            throw invalid(name, v, "true or false");
        }
        return b;
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

    /** A string parameter that must be one of {@code allowed}, or {@code fallback} when absent. */
    public String choice(String name, String fallback, List<String> allowed) {
        String s = string(name, fallback);
        if (!allowed.contains(s)) {
            throw invalid(name, s, "one of " + allowed);
        }
        return s;
    }

    private IllegalArgumentException invalid(String name, Object value, String expected) {
        return new IllegalArgumentException(family + ": parameter " + name + " = " + value + " must be " + expected);
    }
}
