package dev.fmnist.data.source;

import dev.fmnist.data.registry.FileRole;
import java.nio.file.Path;

/**
 * One verified file of a dataset and where it came from.
 *
 * @param role          which of the four files
 * @param source        the source that supplied it, for example {@code dir /data}, {@code cache},
 *                      {@code system /usr/share/datasets/fashion-mnist}, {@code mirror https://...} or
 *                      {@code apt:dataset-fashion-mnist}
 * @param path          the verified file to read (in place for directories, else the uncompressed cache copy)
 * @param payloadSha256 SHA-256 of its decompressed content, as verified
 */
public record FetchedFile(FileRole role, String source, Path path, String payloadSha256) {
}
