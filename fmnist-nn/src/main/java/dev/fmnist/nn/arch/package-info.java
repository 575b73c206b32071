/**
 * Network architectures: {@link dev.fmnist.nn.arch.ModelSpec} names a model ({@code cnn}, {@code tf-cnn},
 * {@code resnet}, {@code mlp-H1-H2...}) with its {@link dev.fmnist.nn.arch.Activation}, and builds its DJL block from
 * the package-private {@code Networks} definitions.
 * <p>Depends on the Deep Java Library's block API only ({@code ai.djl.nn}, {@code ai.djl.ndarray}); no fmnist
 * package. The bottom layer of fmnist-nn: it must not depend on the other {@code nn} packages.
 */
package dev.fmnist.nn.arch;
