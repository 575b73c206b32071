/**
 * Two-dimensional maps of images: PCA (exact, from the pixel covariance), t-SNE (Barnes-Hut) and UMAP (approximate
 * neighbours, SGD layout), all seeded and deterministic for a seed and thread count; the map's quality (5-NN
 * accuracy on the coordinates), its picture and its coordinates as CSV and JSON.
 *
 * <p>{@link dev.fmnist.viz.embed.EmbeddingMethod} is the entry point; {@link dev.fmnist.viz.embed.ImageSelection}
 * chooses the images (a split, both, or a stratified sample), {@link dev.fmnist.viz.embed.EmbeddingPicture} draws a
 * map and {@link dev.fmnist.viz.embed.EmbeddingFiles} writes its files.
 */
package dev.fmnist.viz.embed;
