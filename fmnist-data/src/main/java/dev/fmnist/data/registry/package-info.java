/**
 * The registry of the datasets fmnist knows: {@link dev.fmnist.data.registry.Datasets} ({@code fashion},
 * {@code mnist}, {@code kmnist}), each a {@link dev.fmnist.data.registry.DatasetSpec} with its label names, its
 * {@link dev.fmnist.data.registry.DatasetFile}s and their checksums by {@link dev.fmnist.data.registry.FileRole},
 * its official mirrors and the {@link dev.fmnist.data.registry.PackageSource}s that carry it.
 * <p>Plain data: depends on the JDK only, and on no other fmnist package.
 */
package dev.fmnist.data.registry;
