/**
 * Trained networks and their files: {@link dev.fmnist.nn.model.Network} (a DJL model built from its
 * {@link dev.fmnist.nn.model.ModelManifest}, closeable), {@link dev.fmnist.nn.model.ModelFile} (a zip of manifest and
 * parameters, written atomically), {@link dev.fmnist.nn.model.ModelFormatException} and
 * {@link dev.fmnist.nn.model.NetworkFootprint} (training memory derived from the layers).
 * <p>Depends on {@code nn.arch}, {@code nn.data}, {@code nn.engine}, {@code dev.fmnist.data},
 * {@code dev.fmnist.data.io}, DJL and Jackson; not on {@code nn.train}, {@code nn.eval} or {@code nn.predict}, which
 * build on it.
 */
package dev.fmnist.nn.model;
