package dev.fmnist.classic.grid;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parameter values as they come from a grid file (strings, numbers, booleans, {@code null}, lists of those): equality
 * that treats {@code 10} and {@code 10.0} as the same number, and canonical text for keys and display.
 */
public final class ParameterValues {
    private ParameterValues() {
    }

    /** Whether two values are equal, numbers compared by value ({@code 1 == 1.0}), lists element by element. */
    public static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x).compareTo(decimal(y)) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = y.iterator();
            for (Object e : x) {
                if (!same(e, i.next())) {
                    return false;
                }
            }
            return true;
        }
        return a == null ? b == null : a.equals(b);
    }

    /**
     * Whether a value is one a configuration can hold: a string, a boolean, null, a finite number, or a list of
     * those (what grid files and results lines may contain; an infinite number has no decimal text).
     */
    public static boolean valid(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean) {
            return true;
        }
        if (v instanceof Double || v instanceof Float) {
            return Double.isFinite(((Number) v).doubleValue());
        }
        if (v instanceof List<?> list) {
            return list.stream().allMatch(ParameterValues::valid);
        }
        return v instanceof Number;
    }

    /** One value as compact text: numbers without trailing zeros ({@code 10}, {@code 0.1}), lists in brackets. */
    public static String text(Object v) {
        if (v instanceof Number n) {
            return decimal(n).stripTrailingZeros().toPlainString();
        }
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (Object e : list) {
                sb.append(sb.length() > 1 ? "," : "").append(text(e));
            }
            return sb.append(']').toString();
        }
        return String.valueOf(v);
    }

    /** {@code name=value} pairs sorted by name and joined by commas: the identity of a parameter set. */
    public static String canonical(Map<String, Object> parameters) {
        StringBuilder sb = new StringBuilder();
        for (var e : new TreeMap<>(parameters).entrySet()) {
            sb.append(sb.length() > 0 ? ", " : "").append(e.getKey()).append('=').append(text(e.getValue()));
        }
        return sb.toString();
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }
}
