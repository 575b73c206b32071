/**
 * Charts of classifiers and their results, drawn headless with XChart and written as PNG: confusion matrices,
 * accuracy against fit time with the Pareto front, learning curves, and galleries of misclassified images. Each
 * chart takes a small input record, so that this package knows nothing of where results and models come from.
 */
package dev.fmnist.viz.chart;
