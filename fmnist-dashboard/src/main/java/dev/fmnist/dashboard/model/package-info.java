/**
 * What the dashboard shows, as the JSON document of the page ({@code FMNIST.data}): benchmark results read with
 * fmnist-classic's results reader, networks from {@code fmnist train}'s model and history files, maps from
 * {@code fmnist embed}'s JSON files (or a PCA of the test images), the published accuracies and the shipped
 * reference results. Depends on {@code images} (labels and the PCA fallback need the datasets).
 */
package dev.fmnist.dashboard.model;
