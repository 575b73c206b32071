/**
 * {@link dev.fmnist.classic.models.boosting.GradientBoostingClassifier}: scikit-learn's gradient-boosted trees on the
 * multinomial deviance, trained by XGBoost's histogram method.
 * <p>The only package that uses XGBoost ({@code xgboost4j}, with its natives); besides it, depends on
 * {@code dev.fmnist.estimator}, {@code dev.fmnist.data} ({@code Version}) and {@code dev.fmnist.data.progress}.
 */
package dev.fmnist.classic.models.boosting;
