/**
 * {@link dev.fmnist.classic.models.neighbors.KNeighborsClassifier}: scikit-learn's brute-force k-nearest neighbours.
 * {@code NearestNeighbors} is the fitted model; the exact Euclidean search
 * ({@code EuclideanSearch}) over cache-blocked, vectorizable distances ({@code BlockedDistances}) is package-private.
 * <p>Depends on {@code dev.fmnist.estimator} and {@code classic.models}; no third-party code.
 */
package dev.fmnist.classic.models.neighbors;
