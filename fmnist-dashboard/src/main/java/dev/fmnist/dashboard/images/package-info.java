/**
 * Dataset images and labels for the page: datasets loaded once and kept ({@link DatasetCache}), sprite pages of
 * 1,000 images, 40 per row, as PNG ({@link SpritePages}). The bottom layer with {@code model}'s help: depends on
 * fmnist-data and fmnist-viz only.
 */
package dev.fmnist.dashboard.images;
