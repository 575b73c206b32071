package dev.fmnist.classic.grid;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The published accuracies of the original benchmark (the Fashion-MNIST paper's best configuration of each family,
 * on Fashion-MNIST and MNIST), shipped as {@code dev/fmnist/classic/published.json}.
 *
 * @param source  where the figures come from
 * @param note    how configurations are matched
 * @param results one entry per published configuration
 */
public record PublishedResults(String source, String note, List<PublishedResult> results) {
    public PublishedResults {
        results = List.copyOf(results);
    }

    /** The built-in table. */
    public static PublishedResults builtIn() {
        try (InputStream in = PublishedResults.class.getResourceAsStream("/dev/fmnist/classic/published.json")) {
            if (in == null) {
                throw new IllegalStateException("published.json is missing from the jar");
            }
            return new ObjectMapper().readValue(in, PublishedResults.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The published result of a family (the paper publishes each family's best configuration), if any. */
    public Optional<PublishedResult> ofFamily(String family) {
        return results.stream().filter(r -> r.family().equals(family)).findFirst();
    }

    /** The published result of a configuration, if it was published. */
    public Optional<PublishedResult> find(Configuration c) {
        return results.stream().filter(r -> r.matches(c)).findFirst();
    }
}
