/**
 * The classifier families of the benchmark, one subpackage per kind ({@code bayes}, {@code boosting}, {@code glm},
 * {@code linear}, {@code neighbors}, {@code svm}, {@code tree}), each family a {@link dev.fmnist.estimator.Family}
 * registered in {@code META-INF/services/dev.fmnist.estimator.Family}. This package holds what they share:
 * {@link dev.fmnist.classic.models.Parallel}, independent tasks on the job's threads.
 * <p>Depends on the JDK only. The families depend on {@code dev.fmnist.estimator}, fmnist-data and this package
 * ({@code boosting} also on XGBoost), never on the benchmark's other packages; only the registry reaches them (no
 * production code imports a family).
 */
package dev.fmnist.classic.models;
