package dev.fmnist.cli.export;

import dev.fmnist.data.Split;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.viz.PngImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One PNG per image in a folder per split, named by index, label and label name: {@code test/00012_9_Ankle-boot.png}.
 * Images are encoded in parallel. Every file is written atomically, so a file that has its final name is complete: a
 * re-run after an interruption skips those and writes only the rest, and removes the temporary files that the
 * interruption left.
 */
final class PngExporter implements SplitExporter {
    private static final int PROGRESS_EVERY = 500;
    /** What {@code AtomicFiles} writes before moving a file into place: {@code .NAME.png.HEX.tmp}. */
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.png\\.[0-9a-f]+\\.tmp");

    @Override
    public List<Path> write(DatasetSpec dataset, Split split, Path dir, boolean gzip, Progress progress)
            throws IOException {
        Path folder = Files.createDirectories(dir.resolve(split.name()));
        int digits = Math.max(5, String.valueOf(split.count() - 1).length());
        Set<String> written = completeFilesRemovingLeftovers(folder);
        AtomicInteger done = new AtomicInteger();
        try {
            IntStream.range(0, split.count()).parallel().forEach(i -> {
                String name = fileName(split, i, digits);
                try {
                    if (!written.contains(name)) {
                        PngImages.write(PngImages.picture(split.image(i), 1), folder.resolve(name));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                int n = done.incrementAndGet();
                if (n % PROGRESS_EVERY == 0) {
                    progress.update(n, "");
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        progress.update(split.count(), "");
        return List.of(folder);
    }

    /** The PNG files already in {@code folder}; deletes the temporary files of an interrupted export. */
    private static Set<String> completeFilesRemovingLeftovers(Path folder) throws IOException {
        Set<String> complete = new HashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (LEFTOVER.matcher(name).matches()) {
                    Files.deleteIfExists(f);
                } else if (name.endsWith(".png")) {
                    complete.add(name);
                }
            }
        }
        return complete;
    }

    /** For example {@code 00012_9_Ankle-boot.png}: characters other than letters and digits become hyphens. */
    static String fileName(Split split, int i, int digits) {
        String name = split.labelName(i).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return String.format(java.util.Locale.ROOT, "%0" + digits + "d_%d_%s.png", i, split.label(i), name);
    }
}
