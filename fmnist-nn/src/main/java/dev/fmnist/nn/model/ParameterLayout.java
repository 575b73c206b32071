package dev.fmnist.nn.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The byte layout of a network's saved parameters. Everything DJL writes around the numbers (names, versions, data
 * types, shapes, lengths) follows from the architecture, but for the batch size of the saved input shapes, so the
 * parameters of a model must match its network's layout byte for byte outside the numbers and the batch sizes and
 * have exactly its length. {@link #check} verifies each byte as DJL reads it,
 * so DJL never acts on a shape or a length the network does not have (and never allocates what a crafted file
 * declares).
 */
final class ParameterLayout {
    /** Two fill values that differ in each of their four bytes. */
    private static final float FILL_A = Float.intBitsToFloat(0x3F112233);
    private static final float FILL_B = Float.intBitsToFloat(0x40445566);

    private final byte[] template;
    /** Start and end (exclusive) of each run of bytes that may vary (numbers, batch sizes), in order. */
    private final int[] numbers;

    private ParameterLayout(byte[] template, int[] numbers) {
        this.template = template;
        this.numbers = numbers;
    }

    /**
     * The layout of the parameters of networks of {@code manifest}: the values vary, and so does the batch size of
     * the input shapes DJL saves with them (the size the network was initialized with: 1, or a training batch).
     */
    static ParameterLayout of(ModelManifest manifest) {
        byte[] a;
        byte[] b;
        byte[] otherBatch;
        try (Network one = Network.create(manifest, 0, 1); Network two = Network.create(manifest, 0, 2)) {
            a = saved(one, FILL_A);
            b = saved(one, FILL_B);
            otherBatch = saved(two, FILL_A);
        }
        if (a.length != b.length || a.length != otherBatch.length) {
            throw new IllegalStateException("the saved parameters' length depends on their values or batch size");
        }
        boolean[] varies = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            varies[i] |= a[i] != b[i];
            if (a[i] != otherBatch[i]) {
                // the low byte of a batch size, a long written high byte first
                java.util.Arrays.fill(varies, Math.max(0, i - Long.BYTES + 1), i + 1, true);
            }
        }
        List<Integer> runs = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (varies[i] && (i == 0 || !varies[i - 1])) {
                runs.add(i);
            }
            if (varies[i] && (i == a.length - 1 || !varies[i + 1])) {
                runs.add(i + 1);
            }
        }
        return new ParameterLayout(a, runs.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The length of the saved parameters. */
    long length() {
        return template.length;
    }

    /**
     * A stream that passes on {@code in} while its bytes fit this layout, and otherwise fails with
     * {@code mismatch} (an I/O exception naming the problem).
     */
    InputStream check(InputStream in, java.util.function.Function<String, IOException> mismatch) {
        return new FilterInputStream(in) {
            private int position;
            private int run;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (position == template.length) {
                    return -1;
                }
                int n = super.read(b, off, Math.min(len, template.length - position));
                if (n < 0) {
                    throw mismatch.apply("they end after " + position + " of " + template.length + " bytes");
                }
                for (int k = 0; k < n; k++, position++) {
                    while (run < numbers.length && numbers[run + 1] <= position) {
                        run += 2;
                    }
                    boolean number = run < numbers.length && numbers[run] <= position;
                    if (!number && b[off + k] != template[position]) {
                        throw mismatch.apply("byte " + position + " differs from its layout");
                    }
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                throw new IOException("skipping is not supported");
            }
        };
    }

    private static byte[] saved(Network network, float fill) {
        for (Parameter p : network.block().getParameters().values()) {
            NDArray x = p.getArray();
            x.muli(0).addi(fill);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            DataOutputStream out = new DataOutputStream(bytes);
            network.block().saveParameters(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
