package dev.fmnist.data.source;

import dev.fmnist.data.registry.FileRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a source did not supply a file (or, with a null role, any file).
 *
 * @param source the source, as {@link DataStore#sourceOrder} names it
 * @param role   the file it failed on, or null when the reason applies to every file
 * @param reason what went wrong, in words
 */
public record SourceFailure(String source, FileRole role, String reason) {
    @Override
    public String toString() {
        return source + ": " + (role == null ? "" : role.baseName() + ": ") + reason;
    }

    /** One line per source and reason, in the order given, naming the files each applies to. */
    public static List<String> summarize(List<SourceFailure> failures) {
        Map<List<String>, List<String>> files = new LinkedHashMap<>();
        for (SourceFailure f : failures) {
            List<String> roles = files.computeIfAbsent(List.of(f.source(), f.reason()), k -> new ArrayList<>());
            if (f.role() != null) {
                roles.add(f.role().baseName());
            }
        }
        List<String> lines = new ArrayList<>();
        files.forEach((key, roles) -> lines.add(key.get(0) + ": "
                + (roles.isEmpty() ? "" : String.join(", ", roles) + ": ") + key.get(1)));
        return lines;
    }
}
