/**
 * {@link dev.fmnist.classic.models.bayes.GaussianNB}: scikit-learn's Gaussian naive Bayes, with its variance
 * smoothing and class priors.
 * <p>Depends on {@code dev.fmnist.estimator}, {@code dev.fmnist.data.progress} and {@code classic.models}; no
 * third-party code.
 */
package dev.fmnist.classic.models.bayes;
