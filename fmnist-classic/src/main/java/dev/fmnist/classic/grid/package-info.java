/**
 * Benchmark grids: {@link dev.fmnist.classic.grid.GridReader} checks a grid file in the shape of the original's
 * {@code baselines.json} against the families' parameter specs and expands it into a {@link dev.fmnist.classic.grid.Grid}
 * of {@link dev.fmnist.classic.grid.Configuration}s; {@link dev.fmnist.classic.grid.GridException} names file, line and
 * field. Also the {@link dev.fmnist.classic.grid.PublishedResults} of the paper, {@link dev.fmnist.classic.grid.OriginalFamilies}
 * not run here, and {@link dev.fmnist.classic.grid.ParameterValues}.
 * <p>Depends on {@code dev.fmnist.estimator} and Jackson; on no other classic package (it is the bottom layer of
 * the benchmark, below {@code job}, {@code results}, {@code run} and {@code report}).
 */
package dev.fmnist.classic.grid;
