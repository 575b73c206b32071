package dev.fmnist.data.source;

import dev.fmnist.data.registry.FileRole;

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
}
