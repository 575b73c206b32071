package dev.fmnist.cli.export;

import dev.fmnist.data.Split;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.viz.PngImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * One PNG per image in a folder per split, named by index, label and label name: {@code test/00012_9_Ankle-boot.png}.
 * Images are encoded in parallel.
 */
final class PngExporter implements SplitExporter {
    private static final int PROGRESS_EVERY = 500;

    @Override
    public List<Path> write(DatasetSpec dataset, Split split, Path dir, boolean gzip, Progress progress)
            throws IOException {
        Path folder = Files.createDirectories(dir.resolve(split.name()));
        int digits = Math.max(5, String.valueOf(split.count() - 1).length());
        AtomicInteger done = new AtomicInteger();
        try {
            IntStream.range(0, split.count()).parallel().forEach(i -> {
                try {
                    PngImages.write(PngImages.picture(split.image(i), 1), folder.resolve(fileName(split, i, digits)));
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

    /** For example {@code 00012_9_Ankle-boot.png}: characters other than letters and digits become hyphens. */
    static String fileName(Split split, int i, int digits) {
        String name = split.labelName(i).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return String.format(java.util.Locale.ROOT, "%0" + digits + "d_%d_%s.png", i, split.label(i), name);
    }
}
