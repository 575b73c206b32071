/**
 * What networks train and predict on, a batch at a time into a reused {@code float[]}: the
 * {@link dev.fmnist.nn.data.BatchSource} interface, {@link dev.fmnist.nn.data.SplitSource} (a dataset split,
 * normalized and optionally augmented), {@link dev.fmnist.nn.data.MatrixSource} (a benchmark feature matrix) and the
 * training-time {@link dev.fmnist.nn.data.Augmentation}.
 * <p>Depends on {@code dev.fmnist.data} and {@code dev.fmnist.estimator} ({@code FeatureMatrix}) only; no DJL and no
 * other third-party code.
 */
package dev.fmnist.nn.data;
