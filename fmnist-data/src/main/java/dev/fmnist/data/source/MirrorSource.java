package dev.fmnist.data.source;

import dev.fmnist.data.idx.IdxFormatException;
import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An official mirror: each missing file is downloaded as {@code <cache>/<dataset>/<name>.gz.part}, its published
 * MD5 checked before anything is inflated, then decompressed into the cache (never past the registered size) and
 * verified by its payload SHA-256; the {@code .part} file is removed once the copy is in
 * place. After a failure the {@code .part} file is removed too and the mirror is not asked for further files, so
 * the next mirror starts clean. A {@code .part} file left by an interrupted earlier run is resumed, and downloaded
 * again from the start if the result does not verify (it may hold another server's bytes).
 */
final class MirrorSource implements DataSource {
    private final URI base;
    private final DatasetCache cache;
    private final HttpDownloader downloader;

    MirrorSource(URI base, DatasetCache cache, HttpDownloader downloader) {
        this.base = base;
        this.cache = cache;
        this.downloader = downloader;
    }

    @Override
    public String name() {
        return "mirror " + base;
    }

    @Override
    public boolean usesMirrors() {
        return true;
    }

    @Override
    public Map<FileRole, FetchedFile> supply(Set<FileRole> roles, List<SourceFailure> failures) throws IOException {
        Map<FileRole, FetchedFile> found = new EnumMap<>(FileRole.class);
        for (FileRole role : roles) {
            try {
                found.put(role, fetch(role));
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                // unchecked too: what a library throws on a hostile response must not leave its bytes behind
                Files.deleteIfExists(cache.part(role));
                failures.add(new SourceFailure(name(), role, e instanceof IOException ? e.getMessage()
                        : "failed unexpectedly: " + e));
                break;
            }
        }
        return found;
    }

    private FetchedFile fetch(FileRole role) throws IOException {
        boolean leftover = Files.exists(cache.part(role));
        download(role);
        try {
            return install(role);
        } catch (ChecksumMismatchException | IdxFormatException e) {
            if (!leftover) {
                throw e;
            }
            Files.deleteIfExists(cache.part(role));
            download(role);
            return install(role);
        }
    }

    private void download(FileRole role) throws IOException {
        downloader.download(base.resolve(role.gzipName()), cache.part(role),
                cache.spec().name() + " " + role.gzipName() + " from " + base.getHost(),
                maxGzipBytes(cache.spec().payloadBytes(role)));
    }

    /**
     * The most a gzip file of a {@code payload}-byte file can reasonably take: deflate's worst case (stored blocks,
     * 5 bytes per 64 KiB) is far below payload + 1/1000 + 64 KiB of headers, so a larger body is not the file.
     */
    static long maxGzipBytes(long payload) {
        return payload + payload / 1000 + (64 << 10);
    }

    /** Checks the downloaded gzip file's published MD5 before a byte of it is inflated, then installs it. */
    private FetchedFile install(FileRole role) throws IOException {
        Path part = cache.part(role);
        Checksums.verifyGzipMd5(cache.spec(), role, PayloadDigest.md5(part), role.gzipName() + " from " + name());
        FetchedFile installed;
        try (InputStream in = Files.newInputStream(part)) {
            installed = cache.install(role, in, name(), true);
        }
        Files.delete(part);
        return installed;
    }
}
