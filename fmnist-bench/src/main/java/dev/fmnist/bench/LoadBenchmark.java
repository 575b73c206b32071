package dev.fmnist.bench;

import dev.fmnist.data.DatasetReader;
import dev.fmnist.data.idx.IdxReader;
import dev.fmnist.data.idx.WholeGzipInflater;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.data.source.DataStore;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading Fashion-MNIST train + test (the four files) into memory: from the gzip files (parallel, hashed, as a
 * first load verifies them), from uncompressed cached copies (through the data store, whose verification records
 * spare the hashing, and through DatasetReader alone), and the floors: inflating the training images alone with the JDK's zlib and with the optional fast
 * inflater, and hashing them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LoadBenchmark {
    /** A directory holding the four gzip files. */
    @Param("/tmp/data/fashion")
    public String gzipDir;

    /** The cache root where the uncompressed copies are written (once), as a data store keeps them. */
    @Param("/tmp/fmnist-bench-cache")
    public String cacheRoot;

    private Map<FileRole, Path> gzipFiles;
    private Map<FileRole, Path> cacheFiles;
    private DataStore store;
    private Map<FileRole, String> registered;
    private byte[] trainImages;
    private byte[] sink;

    @Setup
    public void setUp() throws IOException {
        gzipFiles = BenchFiles.in(Path.of(gzipDir));
        cacheFiles = BenchFiles.uncompressedCopies(gzipFiles, Path.of(cacheRoot));
        store = BenchFiles.store(Path.of(cacheRoot));
        registered = BenchFiles.registeredSha256();
        trainImages = Files.readAllBytes(cacheFiles.get(FileRole.TRAIN_IMAGES));
        sink = new byte[trainImages.length];
    }

    @Benchmark
    public Object gzipFourFilesParallelHashed() throws IOException {
        return DatasetReader.readAll(gzipFiles);
    }

    /** The whole production path from the cache: lock, verification records, parallel read, split checks. */
    @Benchmark
    public Object storeLoadFromCache() throws IOException {
        return store.load(Datasets.FASHION);
    }

    @Benchmark
    public Object cacheFourFilesParallel() throws IOException {
        return DatasetReader.readAll(cacheFiles, registered);
    }

    @Benchmark
    public Object cacheFourFilesParallelHashed() throws IOException {
        return DatasetReader.readAll(cacheFiles);
    }

    /** The decompression floor with the JDK: zlib inflating the training images into a reused array. */
    @Benchmark
    public int inflateTrainImagesJdkZlib() throws IOException {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(
                Files.newInputStream(gzipFiles.get(FileRole.TRAIN_IMAGES)), 1 << 16), 1 << 16)) {
            return in.readNBytes(sink, 0, sink.length);
        }
    }

    /** The decompression floor with the optional whole-file inflater (libdeflate), if one is on the class path. */
    @Benchmark
    public int inflateTrainImagesWholeFile() throws IOException {
        WholeGzipInflater fast = IdxReader.wholeGzipInflater().orElseThrow(() -> new IllegalStateException(
                "no whole-file gzip inflater: is libdeflate installed (Debian: libdeflate0)?"));
        try (FileChannel ch = FileChannel.open(gzipFiles.get(FileRole.TRAIN_IMAGES));
             WholeGzipInflater.Inflated out = fast.inflate(ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()),
                     trainImages.length)) {
            return out.content().get(0);
        }
    }

    @Benchmark
    public byte[] sha256TrainImages() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(trainImages);
    }
}
