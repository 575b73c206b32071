package dev.fmnist.classic.results;

import dev.fmnist.classic.grid.ParameterValues;
import dev.fmnist.classic.job.JobStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a line of a results directory must hold to be used: every field a resumed run or a leaderboard reads,
 * consistent with the others. A line that is valid JSON but lacks one ({@code null}, {@code {}}, a record cut
 * short by hand) is skipped like a line that is not JSON.
 */
final class FullRecords {
    private FullRecords() {
    }

    /** What a results line lacks, or null when it is a full record. */
    static String missing(ResultRecord r) {
        String common = missing(r.name(), r.parameter(), r.dataset(), r.status());
        if (common != null) {
            return common;
        }
        int n = r.numRepeat();
        if (n < 0) {
            return "num_repeat is negative";
        }
        String lists = firstNonNull(notRepeats("score", r.score(), n), notRepeats("fit_seconds", r.fitSeconds(), n),
                notRepeats("predict_seconds", r.predictSeconds(), n), notRepeats("seeds", r.seeds(), n),
                notRepeats("threads", r.threads(), n));
        if (lists != null) {
            return lists;
        }
        if (r.score().stream().anyMatch(s -> !(s >= 0 && s <= 1))) {
            return "a score is not an accuracy from 0 to 1";
        }
        if (n > 0 && (!finite(r.meanAccuracy()) || !finite(r.stdAccuracy()))) {
            return "mean_accuracy or std_accuracy is missing";
        }
        if (r.perClassAccuracy() == null) {
            return "per_class_accuracy is missing";
        }
        if (n == 0) {
            return null;
        }
        String confusion = missingConfusion(r.confusion());
        if (confusion != null) {
            return confusion;
        }
        if (r.perClassAccuracy().size() != r.confusion().length) {
            return "per_class_accuracy is not one value per class of the confusion matrix";
        }
        return r.perClassAccuracy().stream().anyMatch(a -> a != null && !(a >= 0 && a <= 1))
                ? "a per_class_accuracy is not an accuracy from 0 to 1" : null;
    }

    /** What a repeats journal line lacks, or null when it is a full record. */
    static String missing(RepeatRecord r) {
        String common = missing(r.name(), r.parameter(), r.dataset(), r.status());
        if (common != null) {
            return common;
        }
        if (r.repeat() < 0) {
            return "repeat is negative";
        }
        if (r.status() == JobStatus.OK) {
            if (!(r.accuracy() != null && r.accuracy() >= 0 && r.accuracy() <= 1)) {
                return "accuracy is not from 0 to 1";
            }
            return missingConfusion(r.confusion());
        }
        return null;
    }

    private static String missing(String name, Map<String, Object> parameter, String dataset, Object status) {
        if (name == null || name.isBlank()) {
            return "name is missing";
        }
        if (parameter == null || !parameter.values().stream().allMatch(ParameterValues::valid)) {
            return "parameter is not an object of parameter values";
        }
        if (dataset == null || dataset.isBlank()) {
            return "dataset is missing";
        }
        return status == null ? "status is missing" : null;
    }

    private static String missingConfusion(int[][] confusion) {
        if (confusion == null || confusion.length == 0) {
            return "confusion is missing";
        }
        for (int[] row : confusion) {
            if (row == null || row.length != confusion.length) {
                return "confusion is not a square matrix";
            }
            for (int count : row) {
                if (count < 0) {
                    return "confusion holds a negative count";
                }
            }
        }
        return null;
    }

    private static boolean finite(Double d) {
        return d != null && Double.isFinite(d);
    }

    /** What is wrong with a list that should hold one value per repeat, or null. */
    private static String notRepeats(String field, List<?> list, int n) {
        return list == null || list.size() != n || list.stream().anyMatch(Objects::isNull)
                ? field + " is not a list of num_repeat (" + n + ") values" : null;
    }

    private static String firstNonNull(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
