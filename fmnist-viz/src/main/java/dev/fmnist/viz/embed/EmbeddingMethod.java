package dev.fmnist.viz.embed;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The ways to map images to two dimensions. */
public enum EmbeddingMethod {
    /** Principal component analysis, exact: the two leading axes of the pixel covariance. */
    PCA,
    /** t-SNE with Barnes-Hut gradients ({@link TsneSettings#DEFAULT}). */
    TSNE,
    /** UMAP on approximate nearest neighbours ({@link UmapSettings#DEFAULT}). */
    UMAP;

    /** The method's name on the command line and in files: {@code pca}, {@code tsne}, {@code umap}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method of this name; an unknown name is an {@link IllegalArgumentException} that lists the known ones. */
    public static EmbeddingMethod of(String id) {
        for (EmbeddingMethod m : values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + id + "': use one of "
                + Arrays.stream(values()).map(EmbeddingMethod::id).collect(Collectors.joining(", ")));
    }

    /**
     * Maps the rows to two dimensions on {@code threads} threads. The same rows, seed and thread count give the same
     * coordinates.
     */
    public Embedding embed(ImageRows rows, long seed, int threads, ProgressStages stages) {
        try (Workers workers = new Workers(threads)) {
            switch (this) {
                case PCA: {
                    PcaModel pca = Pca.fit(rows, 2, workers, Pca.TOLERANCE);
                    double[] ratio = pca.explainedVarianceRatio();
                    return new Embedding(this, pca.project(rows, workers), Map.of(
                            "explained_variance_ratio_x", ratio[0], "explained_variance_ratio_y", ratio[1]));
                }
                case TSNE:
                    return new Tsne(TsneSettings.DEFAULT).embed(rows, workers, stages);
                default:
                    return new Umap(UmapSettings.DEFAULT, seed).embed(rows, workers, stages);
            }
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
