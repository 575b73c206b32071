package dev.fmnist.data.source;

import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One place a dataset's files can come from; the {@link DataStore} tries them in order. */
interface DataSource {
    /** How reports name it, for example {@code cache /home/me/.cache/fmnist/fashion}. */
    String name();

    /** Whether it downloads from the dataset's mirrors (skipped when offline). */
    default boolean usesMirrors() {
        return false;
    }

    /**
     * Supplies verified files for as many of {@code roles} as it can.
     *
     * @param failures receives the reason for each file it could not supply
     * @return the verified files it supplied
     * @throws IOException only for problems the user must fix (a corrupt file in the directory they named)
     */
    Map<FileRole, FetchedFile> supply(Set<FileRole> roles, List<SourceFailure> failures) throws IOException;
}
