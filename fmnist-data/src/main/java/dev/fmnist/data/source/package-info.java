/**
 * Where datasets come from: {@link dev.fmnist.data.source.DataStore} tries its sources in order (an explicit
 * directory, the user cache, system package directories, the official mirrors, the apt and npm clients), verifies
 * every file by checksum, keeps verified copies in the cache under a per-dataset lock and loads them. Behind it:
 * the package-private sources, {@code HttpDownloader}, {@code TarReader} and {@code VerificationRecords}; the public
 * results and failures are {@link dev.fmnist.data.source.FetchReport} and the exceptions of this package.
 * Everything read from those sources is bounded before it is trusted (see {@code docs/hardening.md}).
 * <p>Depends on {@code data.registry}, {@code data.idx}, {@code data.io}, {@code data.progress} and on
 * {@code dev.fmnist.data} ({@code DatasetReader}, {@code DatasetFiles}, {@code Version}); JDK only (its HTTP client).
 */
package dev.fmnist.data.source;
