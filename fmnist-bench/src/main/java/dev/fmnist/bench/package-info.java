/**
 * Bench harnesses, never tests: the JMH benchmarks {@link dev.fmnist.bench.LoadBenchmark} and
 * {@link dev.fmnist.bench.PlainReadBenchmark}, and the Java sides of the side-by-side scripts in {@code bench/}:
 * {@link dev.fmnist.bench.LoadTimer} (against NumPy), {@link dev.fmnist.bench.ClassicVsSklearn} (against
 * scikit-learn) and {@link dev.fmnist.bench.EpochTimer} (against PyTorch).
 * <p>Depends on fmnist-data, fmnist-estimator, {@code classic.features}, fmnist-nn ({@code arch}, {@code data},
 * {@code model}, {@code train}), JMH and DJL's PyTorch JNI; fmnist-libdeflate only at run time. Nothing may depend on
 * this module.
 */
package dev.fmnist.bench;
