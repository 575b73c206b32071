/**
 * LIBLINEAR's and scikit-learn's linear models, our own solvers on float rows:
 * {@link dev.fmnist.classic.models.glm.LogisticRegression} (newGLMNET for L1, L-BFGS for L2, softmax regression for
 * {@code multinomial}) and {@link dev.fmnist.classic.models.glm.LinearSVC} (dual and primal coordinate descent,
 * Crammer-Singer); the solvers, {@code Lbfgs}, {@code OneVsRest} and the vectorizable loops are package-private.
 * <p>Depends on {@code dev.fmnist.estimator}, {@code dev.fmnist.data.progress}, {@code classic.models} and
 * {@code classic.models.linear} ({@code LinearModel}, {@code DenseVectors}); no third-party code.
 */
package dev.fmnist.classic.models.glm;
