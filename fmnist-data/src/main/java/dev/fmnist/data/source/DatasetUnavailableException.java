package dev.fmnist.data.source;

import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * No source could supply verified files of a dataset. The message lists every source tried, in order, with the
 * reason it failed, and says what to do.
 */
public class DatasetUnavailableException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient List<SourceFailure> failures;

    /**
     * @param spec     the dataset
     * @param missing  the files no source supplied
     * @param failures every failure, in the order the sources were tried
     * @param advice   what the user can do, one sentence
     */
    public DatasetUnavailableException(DatasetSpec spec, Set<FileRole> missing, List<SourceFailure> failures,
                                       String advice) {
        super(message(spec, missing, failures, advice));
        this.failures = List.copyOf(failures);
    }

    /** Every failure, in the order the sources were tried. */
    public List<SourceFailure> failures() {
        return failures;
    }

    private static String message(DatasetSpec spec, Set<FileRole> missing, List<SourceFailure> failures,
                                  String advice) {
        StringBuilder sb = new StringBuilder(spec.title()).append(" (").append(spec.name())
                .append(") is not available: no source supplied ")
                .append(missing.stream().map(FileRole::baseName).collect(Collectors.joining(", ")))
                .append(".\nSources tried, in order:");
        for (String line : SourceFailure.summarize(failures)) {
            sb.append("\n  - ").append(line);
        }
        return sb.append("\n").append(advice).toString();
    }
}
