/**
 * The networks as benchmark families: {@link dev.fmnist.nn.family.MlpFamily} (the original grid's
 * {@code MLPClassifier}) and {@link dev.fmnist.nn.family.ConvNetFamily} ({@code ConvNet}), registered in
 * {@code META-INF/services/dev.fmnist.estimator.Family}; the package-private {@code NetworkTrainer} trains on the
 * benchmark's feature matrix with the job's threads and returns a predictor that frees the native network on close.
 * <p>The top of fmnist-nn: depends on {@code nn.arch}, {@code nn.data}, {@code nn.engine}, {@code nn.model},
 * {@code nn.train}, on {@code dev.fmnist.estimator} and fmnist-data. It implements the estimator contract without
 * fmnist-classic: no {@code nn} package may depend on {@code dev.fmnist.classic}.
 */
package dev.fmnist.nn.family;
