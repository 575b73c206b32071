package dev.fmnist.bench;

import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * Three ways to get the uncompressed training images (47 MB, in the page cache) into a new heap array: one
 * channel read of the whole file, a memory map and bulk copy, and channel reads of 1 MB chunks (what IdxReader does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlainReadBenchmark {
    private static final int HEADER = 16;

    @Param("/tmp/data/fashion")
    public String gzipDir;

    @Param("/tmp/fmnist-bench-cache")
    public String cacheRoot;

    private Path file;

    @Setup
    public void setUp() throws IOException {
        file = BenchFiles.uncompressedCopies(BenchFiles.in(Path.of(gzipDir)), Path.of(cacheRoot))
                .get(FileRole.TRAIN_IMAGES);
    }

    @Benchmark
    public byte[] oneWholeRead() throws IOException {
        return read(Integer.MAX_VALUE);
    }

    @Benchmark
    public byte[] chunkedReads() throws IOException {
        return read(1 << 20);
    }

    @Benchmark
    public byte[] mapAndCopy() throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            byte[] raw = new byte[(int) ch.size() - HEADER];
            ch.map(FileChannel.MapMode.READ_ONLY, HEADER, raw.length).get(raw);
            return raw;
        }
    }

    private byte[] read(int chunk) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            byte[] raw = new byte[(int) ch.size() - HEADER];
            ByteBuffer buf = ByteBuffer.wrap(raw);
            long pos = HEADER;
            while (buf.hasRemaining()) {
                buf.limit((int) Math.min(raw.length, buf.position() + (long) chunk));
                pos += ch.read(buf, pos);
            }
            return raw;
        }
    }
}
