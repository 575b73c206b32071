package dev.fmnist.dashboard.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fmnist.classic.grid.PublishedResult;
import dev.fmnist.classic.grid.PublishedResults;
import dev.fmnist.classic.results.Json;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.classic.results.ResultsReader;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The page's results: every line of the results files (read with fmnist-classic's {@link ResultsReader}, so lines
 * that are not results are skipped and counted), as written, with the fields the page adds.
 */
final class ResultEntries {
    private final PublishedResults published;

    ResultEntries(PublishedResults published) {
        this.published = published;
    }

    /** What the results directories hold: the entries, and one warning per directory with skipped lines. */
    record Read(List<ObjectNode> results, List<String> warnings, List<String> empty) {
    }

    /**
     * Reads every directory. A directory without a results file, or one that cannot be read, gives a line in
     * {@code empty}, not an error: the dashboard still opens on what the others hold; one that cannot be read (not a
     * file, too large, no permission) gives a warning too. A result whose confusion matrix
     * does not have its dataset's number of classes is left out with a warning.
     */
    Read read(List<Path> dirs) {
        List<ObjectNode> results = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (Path dir : dirs) {
            try {
                ResultsReader.Results read = ResultsReader.read(dir);
                if (read.warning() != null) {
                    warnings.add(read.warning());
                }
                if (read.results().isEmpty()) {
                    empty.add(dir + " holds no results yet");
                }
                List<String> unfit = new ArrayList<>();
                for (ResultRecord r : read.results()) {
                    String wrong = unfit(r);
                    if (wrong == null) {
                        results.add(entry(r, dir.toString()));
                    } else {
                        unfit.add(r.configuration().key() + " on " + r.dataset() + " has " + wrong);
                    }
                }
                if (!unfit.isEmpty()) {
                    warnings.add(dir + ": skipped " + unfit.size() + " result" + (unfit.size() == 1 ? "" : "s")
                            + " that do" + (unfit.size() == 1 ? "es" : "") + " not fit the dataset (" + unfit.get(0)
                            + ")");
                }
            } catch (NoSuchFileException e) {
                empty.add(Messages.of(e));
            } catch (IOException e) {
                // not merely no results yet: a warning too, or it goes unsaid whenever another directory has results
                empty.add(Messages.of(e));
                warnings.add(Messages.of(e));
            }
        }
        return new Read(results, warnings, empty);
    }

    /**
     * What in a result does not fit its dataset, or null: a confusion matrix of another number of classes, or a
     * recorded mistake that is not {@code [test index, predicted class]} of one repeat on its test split.
     */
    private static String unfit(ResultRecord r) {
        int[][] confusion = r.confusion();
        if (confusion == null) {
            return null;
        }
        String wrong = DatasetClasses.mismatch(r.dataset(), confusion.length);
        if (wrong != null || r.mistakes() == null) {
            return wrong;
        }
        long images = Arrays.stream(confusion).flatMapToInt(Arrays::stream).asLongStream().sum()
                / Math.max(1, r.numRepeat());
        for (int[] m : r.mistakes()) {
            if (m == null || m.length != 2 || m[0] < 0 || m[0] >= images || m[1] < 0 || m[1] >= confusion.length) {
                return "a mistake " + Arrays.toString(m) + ", not [test index < " + images + ", predicted class < "
                        + confusion.length + "]";
            }
        }
        return null;
    }

    /** One result as the page gets it: the line's fields plus id, kind, family, parameter_text, published. */
    ObjectNode entry(ResultRecord r, String sourceDir) {
        ObjectNode node = Json.MAPPER.valueToTree(r);
        node.put("id", StableId.of("c", sourceDir, r.key()));
        node.put("kind", "classic");
        node.put("family", r.name());
        node.put("parameter_text", r.configuration().parameterText());
        Double accuracy = published.find(r.configuration())
                .map(p -> accuracyOn(p, r.dataset())).orElse(null);
        if (accuracy == null) {
            node.putNull("published");
        } else {
            node.put("published", accuracy);
        }
        node.put("source_dir", sourceDir);
        return node;
    }

    private static Double accuracyOn(PublishedResult p, String dataset) {
        var a = p.accuracyOn(dataset);
        return a.isPresent() ? a.getAsDouble() : null;
    }
}
