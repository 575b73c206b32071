package dev.fmnist.data.source;

import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome of {@link DataStore#fetch}: the four verified files, each with the source that supplied it, and the
 * sources that failed on the way (a mirror that answered 404 before the next one worked, a corrupt cache copy).
 *
 * @param spec     the dataset
 * @param files    the four files, in {@link FileRole} order
 * @param failures what went wrong with earlier sources; empty when the first source tried had everything
 */
public record FetchReport(DatasetSpec spec, List<FetchedFile> files, List<SourceFailure> failures) {
    public FetchReport {
        files = files.stream().sorted(Comparator.comparing(FetchedFile::role)).toList();
        failures = List.copyOf(failures);
    }

    /** A report without failures. */
    public FetchReport(DatasetSpec spec, List<FetchedFile> files) {
        this(spec, files, List.of());
    }

    /** The file of a role. */
    public FetchedFile file(FileRole role) {
        return files.stream().filter(f -> f.role() == role).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + role.baseName() + " in this report"));
    }
}
