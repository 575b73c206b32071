package dev.fmnist.viz.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** t-SNE and UMAP on 2,000 real Fashion-MNIST test images: they separate the classes, the same way every time. */
class NonlinearMapsTest {
    private static final int N = 2000;

    /** PCA's map of the same images scores about 0.5; scikit-learn's t-SNE about 0.75 on 2,000 images. */
    @Test
    void tsneSeparatesTheClassesAndIsTheSameOnOneAndTwoThreads() {
        ImageSelection images = RealFashion.testSample(N);
        Embedding two = EmbeddingMethod.TSNE.embed(images.rows(), 1, 2, ProgressStages.NONE);
        double quality = MapQuality.of(two, images.labels(), 0);
        assertTrue(quality > 0.70, "5-NN accuracy on the t-SNE map: " + quality);
        Embedding one = EmbeddingMethod.TSNE.embed(images.rows(), 1, 1, ProgressStages.NONE);
        assertArrayEquals(two.coordinates(), one.coordinates());
    }

    @Test
    void umapSeparatesTheClassesAndIsSeeded() {
        ImageSelection images = RealFashion.testSample(N);
        Embedding two = EmbeddingMethod.UMAP.embed(images.rows(), 3, 2, ProgressStages.NONE);
        double quality = MapQuality.of(two, images.labels(), 0);
        assertTrue(quality > 0.68, "5-NN accuracy on the UMAP map: " + quality);
        Embedding one = EmbeddingMethod.UMAP.embed(images.rows(), 3, 1, ProgressStages.NONE);
        assertArrayEquals(two.coordinates(), one.coordinates());
    }
}
