/**
 * The in-memory API of the MNIST family: {@link dev.fmnist.data.Fmnist} (the one-line entry point), the loaded
 * {@link dev.fmnist.data.Dataset} with its {@link dev.fmnist.data.Split}s, {@link dev.fmnist.data.Image},
 * {@link dev.fmnist.data.Batch} and {@link dev.fmnist.data.Normalization}, and {@link dev.fmnist.data.DatasetReader},
 * which reads a dataset's four IDX files. {@link dev.fmnist.data.Version} is the one reader of the build's versions.
 * <p>Depends on {@code data.idx} and {@code data.registry}; only the facade {@code Fmnist} reaches into
 * {@code data.source} (whose {@code DataStore} uses this package's reader: a known cycle between the two). Like all
 * of fmnist-data it uses the JDK alone, and it depends on no other fmnist module.
 */
package dev.fmnist.data;
