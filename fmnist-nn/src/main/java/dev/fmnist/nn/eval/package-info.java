/**
 * Evaluation of a trained network on a labelled split: {@link dev.fmnist.nn.eval.Evaluator} and its result,
 * {@link dev.fmnist.nn.eval.Evaluation} (accuracy, per-class accuracy, confusion matrix).
 * <p>Depends on {@code nn.model}, {@code nn.data} and {@code dev.fmnist.data}; no direct third-party code.
 */
package dev.fmnist.nn.eval;
