package dev.fmnist.nn.data;

import dev.fmnist.data.Normalization;
import dev.fmnist.data.Split;
import java.util.SplittableRandom;

/** The images of a {@link Split}, normalized (and optionally augmented) straight from its byte array. */
public final class SplitSource implements BatchSource {
    private final Split split;
    private final Normalization normalization;
    private final Augmentation augmentation;
    private final byte[] scratch;

    /**
     * @param augmentation how training images are varied, or {@link Augmentation#NONE}
     */
    public SplitSource(Split split, Normalization normalization, Augmentation augmentation) {
        this.split = split;
        this.normalization = normalization;
        this.augmentation = augmentation;
        this.scratch = new byte[split.pixelsPerImage()];
    }

    @Override
    public int count() {
        return split.count();
    }

    @Override
    public int features() {
        return split.pixelsPerImage();
    }

    @Override
    public int label(int i) {
        return split.label(i);
    }

    @Override
    public void fill(int[] order, int from, int to, float[] out, SplittableRandom augment) {
        if (augment == null || augmentation.isNone()) {
            split.floats(order, from, to, normalization, out, 0);
            return;
        }
        int ppi = split.pixelsPerImage();
        byte[] images = split.images();
        for (int k = from; k < to; k++) {
            augmentation.apply(images, order[k] * ppi, split.rows(), split.cols(), scratch, augment);
            normalization.convert(scratch, 0, out, (k - from) * ppi, ppi);
        }
    }
}
