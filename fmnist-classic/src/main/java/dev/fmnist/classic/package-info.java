/**
 * The classical benchmark start to end: {@link dev.fmnist.classic.ClassicBenchmark} opens the results directory,
 * prepares the datasets, runs the grid's jobs on local threads and writes the leaderboard. It is the module's front
 * door for the command line; the layers below it are {@code features}, {@code grid}, {@code job}, {@code results},
 * {@code run} and {@code report}, and the families in {@code models.*} are found through the registry only.
 * <p>Depends on those subpackages, on {@code dev.fmnist.estimator} ({@code FamilyRegistry}) and on fmnist-data
 * ({@code data}, {@code data.io}, {@code data.progress}, {@code data.registry}); no third-party code directly.
 */
package dev.fmnist.classic;
