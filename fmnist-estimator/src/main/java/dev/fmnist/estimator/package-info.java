/**
 * The estimator contract that every classifier family implements and every runner uses:
 * {@link dev.fmnist.estimator.Family} (named as in scikit-learn, with its {@link dev.fmnist.estimator.ParameterSpec}s),
 * {@link dev.fmnist.estimator.Trainer}, the closeable {@link dev.fmnist.estimator.Predictor},
 * {@link dev.fmnist.estimator.FeatureMatrix}, typed {@link dev.fmnist.estimator.Params}, and the one
 * {@link dev.fmnist.estimator.FamilyRegistry}, which finds the families as {@link java.util.ServiceLoader} providers.
 * <p>Depends on {@code dev.fmnist.data.progress} only; no third-party code. fmnist-classic and fmnist-nn both
 * implement it and neither depends on the other; nothing here may depend on either of them.
 */
package dev.fmnist.estimator;
