package dev.fmnist.dashboard.server;

import dev.fmnist.dashboard.images.DatasetCache;
import dev.fmnist.dashboard.images.SpritePages;
import dev.fmnist.data.Split;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Sprite pages drawn on first request and kept, the {@value #KEPT} most recently used. */
final class SpriteCache {
    /** Pages kept: a page is about 0.3 to 0.6 MB. */
    static final int KEPT = 64;

    private final DatasetCache datasets;
    private final Map<String, byte[]> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    SpriteCache(DatasetCache datasets) {
        this.datasets = datasets;
    }

    /** The PNG of a page, or empty when the split or the page does not exist. */
    Optional<byte[]> page(String dataset, String split, int page) {
        String key = dataset + '/' + split + '/' + page;
        synchronized (pages) {
            byte[] png = pages.get(key);
            if (png != null) {
                return Optional.of(png);
            }
        }
        Optional<Split> s = datasets.split(dataset, split);
        if (s.isEmpty() || page < 0 || page >= SpritePages.pages(s.get())) {
            return Optional.empty();
        }
        byte[] png = SpritePages.png(s.get(), page);
        synchronized (pages) {
            pages.put(key, png);
        }
        return Optional.of(png);
    }
}
