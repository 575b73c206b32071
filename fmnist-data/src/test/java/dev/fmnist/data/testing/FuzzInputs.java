package dev.fmnist.data.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Inputs for the readers' fuzz tests: files of a seed corpus (kept in {@code src/test/resources/fuzz/<kind>/})
 * changed by the mutations that find format bugs: bytes flipped, a run of bytes cut or inserted, a 32-bit field set
 * to a boundary value (0, -1, 2^31 - 1, 2^31, ...), the end cut off, and the result gzipped (so that the
 * decompressed content is the hostile part). The tests run them through {@link Fuzzing}.
 */
public final class FuzzInputs {
    private static final int[] BOUNDARIES = {0, 1, -1, 255, 256, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFE, 60_000, 1 << 30,
            784, 28};

    private static Path scratch;

    private FuzzInputs() {
    }

    /** The corpus files of one kind ({@code idx}, {@code tar}, {@code csv}), as bytes. */
    public static List<byte[]> corpus(String kind) {
        try {
            Path dir = Path.of(FuzzInputs.class.getResource("/fuzz/" + kind).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.sorted().map(FuzzInputs::read).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One of the corpus files, unchanged (one time in ten) or mutated one to three times, and gzipped one time in
     * four if {@code mayGzip}; every choice made by {@code random}, so that its seed reproduces the input.
     */
    public static byte[] mutated(List<byte[]> corpus, boolean mayGzip, Random random) {
        byte[] input = corpus.get(random.nextInt(corpus.size()));
        int weight = random.nextInt(10);
        int mutations = weight < 1 ? 0 : weight < 5 ? 1 : weight < 8 ? 2 : 3;
        for (int i = 0; i < mutations; i++) {
            input = mutation(input, random);
        }
        return mayGzip && random.nextInt(4) == 0 ? SyntheticDataset.gzip(input) : input;
    }

    private static byte[] mutation(byte[] in, Random random) {
        int at = random.nextInt(Math.max(in.length, 1));
        switch (random.nextInt(5)) {
            case 0:
                return set(in, at, (byte) random.nextInt(256));
            case 1:
                return setInt(in, at, BOUNDARIES[random.nextInt(BOUNDARIES.length)]);
            case 2:
                return cut(in, at, 1 + random.nextInt(64));
            case 3: {
                byte[] run = new byte[random.nextInt(65)];
                random.nextBytes(run);
                return insert(in, at, run);
            }
            default:
                return Arrays.copyOf(in, at);
        }
    }

    private static byte[] set(byte[] in, int i, byte v) {
        byte[] out = in.clone();
        if (i < out.length) {
            out[i] = v;
        }
        return out;
    }

    private static byte[] setInt(byte[] in, int i, int v) {
        byte[] out = in.clone();
        if (i + 4 <= out.length) {
            ByteBuffer.wrap(out).putInt(i, v);
        }
        return out;
    }

    private static byte[] cut(byte[] in, int i, int len) {
        int end = Math.min(in.length, i + len);
        byte[] out = new byte[in.length - (end - Math.min(i, in.length))];
        System.arraycopy(in, 0, out, 0, Math.min(i, in.length));
        System.arraycopy(in, end, out, Math.min(i, in.length), in.length - end);
        return out;
    }

    private static byte[] insert(byte[] in, int i, byte[] b) {
        int at = Math.min(i, in.length);
        byte[] out = new byte[in.length + b.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(b, 0, out, at, b.length);
        System.arraycopy(in, at, out, at + b.length, in.length - at);
        return out;
    }

    /**
     * {@code input} as the file {@code name} in a scratch directory of this JVM (the same path each time, so that a
     * reader's messages can be checked against it); removed when the JVM exits.
     */
    public static Path asFile(byte[] input, String name) throws IOException {
        synchronized (FuzzInputs.class) {
            if (scratch == null) {
                scratch = Files.createTempDirectory("fmnist-fuzz");
                scratch.toFile().deleteOnExit();
            }
        }
        Path file = scratch.resolve(name);
        file.toFile().deleteOnExit();
        return Files.write(file, input);
    }

    private static byte[] read(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
