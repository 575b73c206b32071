package dev.fmnist.dashboard.images;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.Fmnist;
import dev.fmnist.data.Split;
import dev.fmnist.data.registry.Datasets;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The datasets the dashboard shows images and labels of, each loaded (fetched and verified if needed) on first use
 * and kept; a dataset that cannot be loaded is remembered with the reason, so that it is tried once, not on every
 * request.
 */
public final class DatasetCache {
    /** How a dataset is loaded: {@link Fmnist#load}, or the command line's data store. */
    @FunctionalInterface
    public interface Loader {
        Dataset load(String name) throws IOException;
    }

    private final Loader loader;
    private final Map<String, Dataset> loaded = new HashMap<>();
    private final Map<String, String> failed = new HashMap<>();

    /** Datasets loaded through {@code loader}. */
    public DatasetCache(Loader loader) {
        this.loader = loader;
    }

    /** Datasets loaded through {@link Fmnist#load} (fetched and verified when needed). */
    public DatasetCache() {
        this(Fmnist::load);
    }

    /** The dataset of this name, or empty when it is unknown or cannot be loaded ({@link #problem} says why). */
    public synchronized Optional<Dataset> get(String name) {
        if (loaded.containsKey(name)) {
            return Optional.of(loaded.get(name));
        }
        if (failed.containsKey(name)) {
            return Optional.empty();
        }
        if (Datasets.find(name).isEmpty()) {
            failed.put(name, "unknown dataset '" + name + "'");
            return Optional.empty();
        }
        try {
            Dataset d = loader.load(name);
            loaded.put(name, d);
            return Optional.of(d);
        } catch (IOException | RuntimeException e) {
            failed.put(name, "cannot load dataset " + name + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Why a dataset could not be loaded, or null. */
    public synchronized String problem(String name) {
        return failed.get(name);
    }

    /** The split {@code train} or {@code test} of a dataset, or empty when either is unknown or unavailable. */
    public Optional<Split> split(String dataset, String split) {
        return get(dataset).flatMap(d -> switch (split) {
            case "train" -> Optional.of(d.train());
            case "test" -> Optional.of(d.test());
            default -> Optional.empty();
        });
    }
}
