package dev.fmnist.cli.commands;

import dev.fmnist.cli.ExitCode;
import dev.fmnist.cli.OutputFiles;
import dev.fmnist.cli.SplitSelection;
import dev.fmnist.cli.Verb;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.Split;
import dev.fmnist.data.progress.ConsoleProgress;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.viz.embed.Embedding;
import dev.fmnist.viz.embed.EmbeddingFiles;
import dev.fmnist.viz.embed.EmbeddingMethod;
import dev.fmnist.viz.embed.EmbeddingPicture.Panel;
import dev.fmnist.viz.embed.ImageSelection;
import java.awt.AWTError;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code fmnist embed}: a PCA, t-SNE or UMAP map of a dataset's images, as a picture, CSV and JSON. */
@Command(name = "embed", sortOptions = false,
        description = {"Map the images to two dimensions with PCA, t-SNE or UMAP, and draw the map.",
                "Writes FILE.png (points coloured by class, a legend of the class names; two datasets side by side), "
                        + "FILE.csv (index,split,label,label_name,x,y, one row per image in dataset order; "
                        + "FILE-DATASET.csv for each of two datasets) and FILE.json (the same, for the dashboard).",
                "The same seed gives the same map. Prints the time and the peak heap memory."},
        footer = {"", "Examples:", "  fmnist embed fashion --method pca --out pca.png",
                "  fmnist embed fashion mnist --method tsne --split test --thumbnails --out tsne.png",
                "  fmnist embed fashion --method umap --n 20000 --seed 7 --out umap.png"})
public final class EmbedCommand extends Verb {
    @Parameters(paramLabel = "DATASET", arity = "1..*", description = "fashion, mnist or kmnist (two side by side).")
    private List<String> names;

    @Option(names = "--method", required = true, paramLabel = "METHOD", converter = MethodConverter.class,
            description = "pca (exact), tsne (Barnes-Hut) or umap.")
    private EmbeddingMethod method;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all",
            description = "train, test or all (default: ${DEFAULT-VALUE}).")
    private SplitSelection split;

    @Option(names = "--n", paramLabel = "N",
            description = "A stratified sample of N images (default: all of the split).")
    private Integer n;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Seeds the sample and the method (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads (default: 2, or fewer on a smaller machine); the map does not depend on it.")
    private Integer threads;

    @Option(names = "--thumbnails", negatable = false,
            description = "Draw the images themselves at their positions, their ink in the class colour.")
    private boolean thumbnails;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The picture; the CSV and "
            + "JSON files are written beside it.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        List<DatasetSpec> datasets = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            datasets.add(dataset(name));
        }
        if (datasets.size() > 2) {
            throw usageError("embed draws one or two datasets side by side, not " + datasets.size());
        }
        if (Files.isDirectory(out)) {
            throw usageError("--out " + out + " is a directory; give a file name such as " + out.resolve("map.png"));
        }
        requireNoDirectoryBeside(out, "embed writes beside the picture",
                EmbeddingFiles.paths(out, datasets.stream().map(DatasetSpec::name).toList()));
        requireAtLeast("--n", n, 1);
        requireAtLeast("--threads", threads, 1);
        int workers = threads != null ? threads : Math.min(2, Runtime.getRuntime().availableProcessors());
        OutputFiles.checkWritable("--out", out);
        List<ImageSelection> selections = new ArrayList<>();
        for (DatasetSpec spec : datasets) {
            selections.add(select(spec));
        }
        List<Panel> panels = new ArrayList<>();
        for (int d = 0; d < datasets.size(); d++) {
            panels.add(embed(datasets.get(d), selections.get(d), workers));
        }
        List<Path> files;
        try {
            files = EmbeddingFiles.write(panels, thumbnails, seed, out);
        } catch (AWTError | InternalError | LinkageError e) {
            throw new IOException("drawing the legend needs a font, and this Java runtime found none (" + e
                    + "); install fontconfig and a font (Debian: fonts-dejavu-core)", e);
        }
        for (Path f : files) {
            out().println(f);
        }
        return ExitCode.OK;
    }

    /** The images of the dataset to map; {@code --n} larger than the split is a usage error. */
    private ImageSelection select(DatasetSpec spec) throws IOException {
        Dataset dataset = load(spec);
        List<Split> splits = split.of(dataset);
        int total = splits.stream().mapToInt(Split::count).sum();
        if (n != null && n > total) {
            throw usageError(String.format(Locale.ROOT, "--n %d is larger than the %,d images of %s (--split %s): "
                    + "give 1 to %d", n, total, spec.name(), split, total));
        }
        return n == null ? ImageSelection.all(splits) : ImageSelection.sample(splits, n, seed);
    }

    private Panel embed(DatasetSpec spec, ImageSelection images, int workers) {
        resetPeakHeap();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        Embedding map = method.embed(images.rows(), seed, workers, this::progress);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        String title = String.format(Locale.ROOT, "%s, %s, %s, %,d images", spec.title(), label(method),
                split, images.count());
        err().printf(Locale.ROOT, "%s: %.2f s (%s), %.1f s of CPU, peak heap %,d MB, %d threads%n", title, seconds,
                ConsoleProgress.duration(seconds), cpu, peakHeap() >> 20, workers);
        Double x = map.details().get("explained_variance_ratio_x");
        if (x != null) {
            err().printf(Locale.ROOT, "explained variance ratio %.6f %.6f%n", x,
                    map.details().get("explained_variance_ratio_y"));
        }
        return new Panel(spec.name(), title, images, map);
    }

    private static String label(EmbeddingMethod m) {
        return switch (m) {
            case PCA -> "PCA";
            case TSNE -> "t-SNE";
            case UMAP -> "UMAP";
        };
    }

    /** The CPU time of the whole process so far, or 0 where the runtime cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peak usage since the last reset (an upper bound of the peak heap). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Turns a method name into the method; an unknown one is a usage error naming the known ones. */
    static final class MethodConverter implements ITypeConverter<EmbeddingMethod> {
        @Override
        public EmbeddingMethod convert(String value) {
            try {
                return EmbeddingMethod.of(value.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
