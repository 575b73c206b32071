package dev.fmnist.dashboard.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the dashboard reads from.
 *
 * @param results benchmark results directories ({@code DIR/results.jsonl}), also searched for {@code fmnist embed}
 *                JSON files
 * @param models  directories of {@code fmnist train}'s model files ({@code *.model}) and histories
 *                ({@code FILE.history.json}), also searched for embedding JSON files
 */
public record Sources(List<Path> results, List<Path> models) {
    public Sources {
        results = List.copyOf(results);
        models = List.copyOf(models);
    }
}
