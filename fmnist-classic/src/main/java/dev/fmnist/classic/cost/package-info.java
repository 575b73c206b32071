/**
 * What a benchmark run will cost before it runs: {@link dev.fmnist.classic.cost.CostModel} predicts the CPU seconds of
 * one repeat of a configuration from this machine's results, the reference results shipped with fmnist ({@link
 * dev.fmnist.classic.cost.ReferenceResults}) scaled to this machine (by the configurations both measured, or else by a
 * short {@link dev.fmnist.classic.cost.Calibration}), or the nearest configuration of the same family. The dry run's
 * estimate and the progress bar's ETA both use it. Depends on {@code classic.grid}, {@code classic.job} and {@code
 * classic.results}; {@code classic.run} depends on it, never the reverse.
 */
package dev.fmnist.classic.cost;
