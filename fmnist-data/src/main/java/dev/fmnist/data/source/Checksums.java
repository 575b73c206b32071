package dev.fmnist.data.source;

import dev.fmnist.data.registry.DatasetFile;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.registry.FileRole;
import java.util.Optional;

/**
 * Decides whether computed checksums verify a file against the registry: the SHA-256 of the decompressed payload
 * whatever the source, the published gzip MD5 when the gzip file came from an official mirror, and for a dataset
 * without payload checksums (Kuzushiji-MNIST) the gzip MD5 alone, which only the original gzip files match.
 */
final class Checksums {
    private Checksums() {
    }

    /**
     * Verifies a file and returns its payload SHA-256.
     *
     * @param what         the file, as messages name it
     * @param officialGzip whether the bytes are the gzip file as an official mirror served it
     * @throws ChecksumMismatchException  if a registered checksum differs
     * @throws UnverifiableFileException  if no registered checksum applies to this copy
     */
    static String verify(DatasetSpec spec, FileRole role, PayloadDigest.Result computed, String what,
                         boolean officialGzip) throws ChecksumMismatchException, UnverifiableFileException {
        DatasetFile registered = spec.file(role);
        String md5 = registered.gzipMd5();
        if (officialGzip) {
            verifyGzipMd5(spec, role, computed.gzipMd5(), what);
        }
        String sha = registered.payloadSha256();
        if (sha != null) {
            if (!sha.equals(computed.payloadSha256())) {
                throw identify(computed.payloadSha256())
                        .map(other -> new ChecksumMismatchException(what, "SHA-256 of the decompressed data", sha,
                                computed.payloadSha256(), "it is " + other + ", not " + spec.title() + "'s"))
                        .orElseGet(() -> new ChecksumMismatchException(what, "SHA-256 of the decompressed data", sha,
                                computed.payloadSha256()));
            }
            return sha;
        }
        if (md5 != null && md5.equals(computed.gzipMd5())) {
            return computed.payloadSha256();
        }
        throw new UnverifiableFileException(what + ": cannot be verified: " + spec.title()
                + " publishes no checksum of its decompressed " + role.baseName()
                + (md5 == null ? "" : ", only the MD5 of the original " + role.gzipName() + " (" + md5 + "), which "
                + (computed.gzipMd5() == null ? "this uncompressed copy cannot match"
                : "this copy does not match (" + computed.gzipMd5() + ")"))
                + "; use the original .gz file as the dataset's mirror serves it");
    }

    /**
     * Checks the MD5 of a gzip file as an official mirror served it against the published one, if there is one.
     *
     * @param gzipMd5 the file's MD5, or null if it is not gzipped
     */
    static void verifyGzipMd5(DatasetSpec spec, FileRole role, String gzipMd5, String what)
            throws ChecksumMismatchException {
        String md5 = spec.file(role).gzipMd5();
        if (md5 != null && !md5.equals(gzipMd5)) {
            throw new ChecksumMismatchException(what, "MD5 of the gzip file", md5,
                    gzipMd5 == null ? "none (the file is not gzipped)" : gzipMd5);
        }
    }

    /** The registered file whose payload has this SHA-256, as {@code MNIST's train-images-idx3-ubyte}. */
    private static Optional<String> identify(String payloadSha256) {
        return Datasets.all().stream().flatMap(d -> d.files().values().stream()
                        .filter(f -> payloadSha256.equals(f.payloadSha256()))
                        .map(f -> d.title() + "'s " + f.role().baseName()))
                .findFirst();
    }

    /** Whether a payload SHA-256 recorded at an earlier verification still agrees with the registry. */
    static boolean accepts(DatasetSpec spec, FileRole role, String recordedSha256) {
        String sha = spec.file(role).payloadSha256();
        return sha == null || sha.equals(recordedSha256);
    }
}
