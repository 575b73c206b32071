/**
 * scikit-learn's plain-SGD families: {@link dev.fmnist.classic.models.linear.SGDClassifier},
 * {@link dev.fmnist.classic.models.linear.Perceptron} and
 * {@link dev.fmnist.classic.models.linear.PassiveAggressiveClassifier} with their {@link dev.fmnist.classic.models.linear.Loss}
 * and {@link dev.fmnist.classic.models.linear.Penalty}; also the fitted one-vs-rest
 * {@link dev.fmnist.classic.models.linear.LinearModel} and the {@link dev.fmnist.classic.models.linear.DenseVectors}
 * loops, which {@code models.glm} reuses.
 * <p>Depends on {@code dev.fmnist.estimator}, {@code dev.fmnist.data.progress} and {@code classic.models}; no
 * third-party code. It must not depend on {@code models.glm}, which is above it.
 */
package dev.fmnist.classic.models.linear;
