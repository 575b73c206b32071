package dev.fmnist.dashboard.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * What a finished {@code fmnist train} records in its history about the test split, checked and copied into the
 * network's entry under the keys the classic results use: {@code per_class_accuracy} (one share per class),
 * {@code confusion} ({@code [truth][predicted]} counts) and {@code mistakes} ({@code [test_index, predicted,
 * confidence]} per image wrong). Histories written before fmnist recorded them have none, and give none.
 */
final class HistoryTestFields {
    static final String PER_CLASS = "per_class_accuracy";
    static final String CONFUSION = "confusion";
    static final String MISTAKES = "mistakes";
    /** The most classes a confusion matrix may have (the MNIST family has 10). */
    static final int MAX_CLASSES = 100;

    private HistoryTestFields() {
    }

    /**
     * Copies the history's test fields into {@code entry}, leaving out those it lacks.
     *
     * @throws IOException naming the first field that is not what {@code fmnist train} writes
     */
    static void copy(JsonNode history, ObjectNode entry) throws IOException {
        JsonNode confusion = present(history, CONFUSION);
        JsonNode perClass = present(history, PER_CLASS);
        JsonNode mistakes = present(history, MISTAKES);
        if (confusion == null) {
            if (perClass != null || mistakes != null) {
                throw new IOException("its history has per_class_accuracy or mistakes without a confusion matrix");
            }
            return;
        }
        if (!confusion.isArray() || confusion.isEmpty() || confusion.size() > MAX_CLASSES) {
            throw new IOException("its history's confusion is not a matrix of 1 to " + MAX_CLASSES + " classes");
        }
        int classes = confusion.size();
        long total = 0;
        long right = 0;
        for (int i = 0; i < classes; i++) {
            JsonNode row = confusion.get(i);
            if (!row.isArray() || row.size() != classes) {
                throw new IOException("its history's confusion is not a square matrix");
            }
            for (int j = 0; j < classes; j++) {
                if (!isIntBelow(row.get(j), Integer.MAX_VALUE)) {
                    throw new IOException("its history's confusion holds " + row.get(j) + ", not a count");
                }
                total += row.get(j).asInt();
                right += i == j ? row.get(j).asInt() : 0;
            }
        }
        entry.set(CONFUSION, confusion);
        if (perClass != null) {
            if (!perClass.isArray() || perClass.size() != classes) {
                throw new IOException("its history's per_class_accuracy is not a list of " + classes + " values");
            }
            for (JsonNode a : perClass) {
                if (!a.isNull() && !(a.isNumber() && a.asDouble() >= 0 && a.asDouble() <= 1)) {
                    throw new IOException("its history's per_class_accuracy holds " + a + ", not an accuracy from "
                            + "0 to 1");
                }
            }
            entry.set(PER_CLASS, perClass);
        }
        if (mistakes != null) {
            checkMistakes(mistakes, classes, total, total - right);
            entry.set(MISTAKES, mistakes);
        }
    }

    /** Each mistake must be {@code [index < images, predicted < classes, confidence 0..1]}, no more than are wrong. */
    private static void checkMistakes(JsonNode mistakes, int classes, long images, long wrong) throws IOException {
        if (!mistakes.isArray() || mistakes.size() > wrong) {
            throw new IOException("its history's mistakes are not a list of at most the " + wrong
                    + " images its confusion matrix has wrong");
        }
        for (JsonNode m : mistakes) {
            if (!m.isArray() || m.size() != 3 || !isIntBelow(m.get(0), images) || !isIntBelow(m.get(1), classes)
                    || !m.get(2).isNumber() || !(m.get(2).asDouble() >= 0 && m.get(2).asDouble() <= 1)) {
                throw new IOException("its history's mistakes hold " + abbreviated(m) + ", not [test_index < "
                        + images + ", predicted < " + classes + ", confidence 0..1]");
            }
        }
    }

    /** Whether {@code n} is an integer from 0 to {@code bound - 1}. */
    private static boolean isIntBelow(JsonNode n, long bound) {
        return n.isIntegralNumber() && n.canConvertToInt() && n.asInt() >= 0 && n.asInt() < bound;
    }

    /** A value as text of at most 60 characters, for messages. */
    static String abbreviated(JsonNode n) {
        String s = n.toString();
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** The field, or null when the history lacks it or it is null. */
    private static JsonNode present(JsonNode history, String field) {
        JsonNode v = history.get(field);
        return v == null || v.isNull() ? null : v;
    }
}
