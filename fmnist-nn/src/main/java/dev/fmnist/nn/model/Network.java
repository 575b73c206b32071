package dev.fmnist.nn.model;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import dev.fmnist.nn.data.BatchSource;
import dev.fmnist.nn.engine.OfflineEngine;

/**
 * A network with its manifest: a DJL model whose block is built from the manifest's architecture and initialized
 * for the manifest's image size. Predicts class probabilities a batch at a time.
 */
public final class Network implements AutoCloseable {
    private static final int PREDICT_BATCH = 500;

    private final ModelManifest manifest;
    private final Model model;

    private Network(ModelManifest manifest, Model model) {
        this.manifest = manifest;
        this.model = model;
    }

    /**
     * A new network with freshly initialized weights, the same for the same seed.
     */
    public static Network create(ModelManifest manifest, long seed) {
        return create(manifest, seed, 1);
    }

    /** A new network initialized for batches of {@code batch} examples (the batch size its saved shapes hold). */
    static Network create(ModelManifest manifest, long seed, long batch) {
        OfflineEngine.seed(seed);
        Model model = Model.newInstance(manifest.spec().toString(), Device.cpu(), OfflineEngine.get().getEngineName());
        Block block = manifest.spec().build(manifest.classes());
        model.setBlock(block);
        block.initialize(model.getNDManager(), DataType.FLOAT32, inputShape(manifest, batch));
        return new Network(manifest, model);
    }

    /** The input shape of a batch of {@code n} examples. */
    public Shape inputShape(long n) {
        return inputShape(manifest, n);
    }

    private static Shape inputShape(ModelManifest manifest, long n) {
        return manifest.spec().inputShape(n, manifest.rows(), manifest.cols());
    }

    public ModelManifest manifest() {
        return manifest;
    }

    /** The DJL model (for training). */
    public Model model() {
        return model;
    }

    public Block block() {
        return model.getBlock();
    }

    /** Number of trainable and running-statistics values. */
    public long parameterCount() {
        return block().getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
    }

    /**
     * Class probabilities of the examples {@code order[from..to)}, row after row ({@code classes} floats each).
     *
     * @param buffer reused input buffer of at least {@code (to - from) x features} floats
     */
    public float[] probabilities(BatchSource source, int[] order, int from, int to, float[] buffer) {
        int n = to - from;
        source.fill(order, from, to, buffer, null);
        try (NDManager batch = model.getNDManager().newSubManager()) {
            NDArray x = batch.create(java.nio.FloatBuffer.wrap(buffer, 0, n * source.features()), inputShape(n));
            NDArray logits = block().forward(new ParameterStore(batch, false), new NDList(x), false).singletonOrThrow();
            return logits.softmax(1).toFloatArray();
        }
    }

    /** The predicted label of every example of {@code source}, in order. */
    public int[] predict(BatchSource source) {
        return predict(source, null);
    }

    /** Receives the class probabilities of consecutive examples. */
    @FunctionalInterface
    public interface BatchProbabilities {
        /**
         * @param from          the first example's index
         * @param to            one past the last example's index
         * @param probabilities {@code to - from} rows of {@code classes} probabilities
         */
        void accept(int from, int to, float[] probabilities);
    }

    /** The class probabilities of every example of {@code source}, in order, a batch at a time. */
    public void probabilities(BatchSource source, BatchProbabilities consumer) {
        int count = source.count();
        int[] order = new int[count];
        java.util.Arrays.setAll(order, i -> i);
        float[] buffer = new float[PREDICT_BATCH * source.features()];
        for (int from = 0; from < count; from += PREDICT_BATCH) {
            int to = Math.min(count, from + PREDICT_BATCH);
            consumer.accept(from, to, probabilities(source, order, from, to, buffer));
        }
    }

    /**
     * The predicted label of every example of {@code source}, in order.
     *
     * @param confidences receives the probability of each predicted label, when not null (length: the count)
     */
    public int[] predict(BatchSource source, float[] confidences) {
        int[] labels = new int[source.count()];
        int classes = manifest.classes();
        probabilities(source, (from, to, p) -> {
            for (int k = 0; k < to - from; k++) {
                labels[from + k] = argmax(p, k * classes, classes);
                if (confidences != null) {
                    confidences[from + k] = p[k * classes + labels[from + k]];
                }
            }
        });
        return labels;
    }

    /** The index of the largest of {@code a[offset..offset+n)}, the first of equals. */
    public static int argmax(float[] a, int offset, int n) {
        int best = 0;
        for (int j = 1; j < n; j++) {
            if (a[offset + j] > a[offset + best]) {
                best = j;
            }
        }
        return best;
    }

    @Override
    public void close() {
        model.close();
    }
}
