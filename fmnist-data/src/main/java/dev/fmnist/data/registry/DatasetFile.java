package dev.fmnist.data.registry;

import java.util.Optional;

/**
 * One file of a registered dataset and how to verify it.
 *
 * @param role          which of the four files it is
 * @param payloadSha256 SHA-256 (lower-case hex) of the decompressed IDX file, header included; null if not known
 * @param gzipMd5       MD5 (lower-case hex) of the gzip file as the official mirrors serve it; null if not published
 */
public record DatasetFile(FileRole role, String payloadSha256, String gzipMd5) {
    public Optional<String> payloadSha256Known() {
        return Optional.ofNullable(payloadSha256);
    }

    public Optional<String> gzipMd5Known() {
        return Optional.ofNullable(gzipMd5);
    }
}
