package dev.fmnist.viz.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * t-SNE and UMAP on 1,000 real Fashion-MNIST test images: they separate the classes (PCA's map of the same images
 * scores about 0.5, t-SNE's about 0.69, UMAP's about 0.67), and give the same map on one and on two threads.
 */
class NonlinearMapsTest {
    @ParameterizedTest
    @CsvSource({"TSNE, 0.64", "UMAP, 0.62"})
    void separatesTheClassesTheSameWayOnAnyNumberOfThreads(EmbeddingMethod method, double floor) {
        ImageSelection images = RealFashion.testSample(1000);
        Embedding two = method.embed(images.rows(), 3, 2, ProgressStages.NONE);
        double quality = MapQuality.of(two, images.labels(), 0);
        assertTrue(quality > floor, "5-NN accuracy on the " + method + " map: " + quality);
        Embedding one = method.embed(images.rows(), 3, 1, ProgressStages.NONE);
        assertArrayEquals(two.coordinates(), one.coordinates());
    }
}
