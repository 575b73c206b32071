/**
 * {@link dev.fmnist.classic.models.svm.SVC}: scikit-learn's kernel SVM, LIBSVM's C-SVC algorithm as our own code on
 * dense float rows: the SMO solver ({@code SmoSolver}) with its kernel row cache, one-vs-one training
 * ({@code SvcTrainer}) and prediction ({@code OneVsOneModel}), and the {@code Kernel}s.
 * <p>Depends on {@code dev.fmnist.estimator}, {@code dev.fmnist.data.progress} and {@code classic.models}; no
 * third-party code (LIBSVM itself is a test-scope reference only).
 */
package dev.fmnist.classic.models.svm;
