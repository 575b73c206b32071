package dev.fmnist.data;

import dev.fmnist.data.registry.FileRole;
import java.nio.file.Path;

/**
 * Where one file of a loaded dataset came from.
 *
 * @param role          which file
 * @param source        the source that supplied it, for example {@code cache}, {@code dir}, {@code system},
 *                      {@code mirror https://...}, {@code apt:dataset-fashion-mnist}
 * @param path          the file that was read
 * @param payloadSha256 SHA-256 of its decompressed content, as verified
 */
public record FileProvenance(FileRole role, String source, Path path, String payloadSha256) {
}
