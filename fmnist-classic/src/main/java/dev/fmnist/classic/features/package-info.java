/**
 * Features for the classical models: {@link dev.fmnist.classic.features.StandardScaler} (scikit-learn's, exact,
 * through a 256-entry table per pixel), {@link dev.fmnist.classic.features.PreparedDataset} (a dataset standardized
 * for the benchmark, with its checksums) and {@link dev.fmnist.classic.features.Standardized} (a standardized subset,
 * for tests and the bench).
 * <p>Depends on {@code dev.fmnist.data} and on {@code dev.fmnist.estimator} ({@code FeatureMatrix}) only; no
 * third-party code.
 */
package dev.fmnist.classic.features;
