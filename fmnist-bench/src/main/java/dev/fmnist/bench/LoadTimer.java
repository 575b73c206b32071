package dev.fmnist.bench;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.DatasetReader;
import dev.fmnist.data.idx.IdxReader;
import dev.fmnist.data.idx.WholeGzipInflater;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times loading a dataset's four files in this process, for the side-by-side script {@code bench/load-vs-numpy.sh}:
 * {@code LoadTimer gzip|gzip-unhashed|cache GZIP_DIR CACHE_ROOT RUNS} loads RUNS times and prints the median in
 * seconds and the peak heap in use (MB). {@code gzip} reads the gzip files and hashes every payload (as a first,
 * verifying load does), {@code gzip-unhashed} does not hash (like the NumPy loader); {@code cache} is
 * {@code DataStore.load} from uncompressed copies in the cache root, whose verification records spare the hashing
 * (the first load records them).
 */
public final class LoadTimer {
    private LoadTimer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4 || !List.of("gzip", "gzip-unhashed", "cache").contains(args[0])) {
            System.err.println("usage: LoadTimer gzip|gzip-unhashed|cache GZIP_DIR CACHE_ROOT RUNS");
            System.exit(2);
        }
        Map<FileRole, Path> gzipFiles = BenchFiles.in(Path.of(args[1]));
        Path cacheRoot = Path.of(args[2]);
        if (args[0].equals("cache")) {
            BenchFiles.uncompressedCopies(gzipFiles, cacheRoot);
            BenchFiles.store(cacheRoot).fetch(Datasets.FASHION);
        }
        Map<FileRole, String> verified = args[0].equals("gzip-unhashed") ? BenchFiles.registeredSha256() : Map.of();
        int runs = Integer.parseInt(args[3]);
        double[] seconds = new double[runs];
        long bytes = 0;
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            bytes = args[0].equals("cache")
                    ? bytes(BenchFiles.store(cacheRoot).load(Datasets.FASHION))
                    : DatasetReader.readAll(gzipFiles, verified).values().stream()
                            .mapToLong(f -> f.array().size()).sum();
            seconds[r] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(seconds);
        String inflater = IdxReader.wholeGzipInflater().map(WholeGzipInflater::name).orElse("java.util.zip");
        System.out.printf(Locale.ROOT, "%s median_s=%.4f min_s=%.4f runs=%d bytes=%d peak_heap_mb=%.1f inflater=%s%n",
                args[0], seconds[runs / 2], seconds[0], runs, bytes, peakHeapMb(), inflater);
    }

    private static long bytes(Dataset d) {
        return (long) d.train().images().length + d.train().count() + d.test().images().length + d.test().count();
    }

    /** The sum of the heap pools' peak usage: an upper bound on the heap in use at any one time. */
    private static double peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum() / 1e6;
    }
}
