/**
 * {@code fmnist export}'s formats: {@link dev.fmnist.cli.export.ExportFormat} picks a
 * {@link dev.fmnist.cli.export.SplitExporter} (package-private PNG, Kaggle CSV, NumPy and IDX exporters), each
 * writing one split into a directory, every file atomically.
 * <p>Depends on fmnist-data ({@code data}, {@code data.format}, {@code data.idx}, {@code data.progress},
 * {@code data.registry}) and {@code dev.fmnist.viz}; no third-party code, and not on the rest of the CLI.
 */
package dev.fmnist.cli.export;
