/**
 * {@code fmnist verify}'s checker: {@link dev.fmnist.cli.verify.IdxFileChecker} reports every problem of a set of IDX
 * files (header, size, gzip integrity, and shape, labels and checksum for files named like a registered dataset's),
 * one {@link dev.fmnist.cli.verify.FileCheck} per file.
 * <p>Depends on {@code dev.fmnist.data.idx} and {@code dev.fmnist.data.registry} only; no third-party code, and not on
 * the rest of the CLI.
 */
package dev.fmnist.cli.verify;
