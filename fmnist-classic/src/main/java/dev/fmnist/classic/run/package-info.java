/**
 * Running the benchmark: {@link dev.fmnist.classic.run.BenchmarkRunner} turns each configuration's repeats
 * ({@code ConfigurationRun}) into jobs on a {@link dev.fmnist.classic.run.JobExecutor}, journals and records them, and
 * resumes what an earlier run left; {@link dev.fmnist.classic.run.JobExecutorFactory} names the engines an executor
 * comes from (local built in, others such as fmnist-spark's through {@code ServiceLoader}),
 * {@link dev.fmnist.classic.run.LocalJobExecutor} schedules jobs on this machine's threads and memory, and
 * {@link dev.fmnist.classic.run.JobRunner} runs one job (shuffle, fit, predict, score) on any engine. The dry run
 * ({@link dev.fmnist.classic.run.DryRun}) and a run's ETA ({@code RunForecast}) replay the executor's schedule on the
 * cost model's estimates ({@code WorkerSchedule}).
 * <p>Depends on {@code classic.job}, {@code classic.grid}, {@code classic.results}, {@code classic.features},
 * {@code classic.cost}, {@code dev.fmnist.estimator} and fmnist-data ({@code data}, {@code data.progress}); no
 * third-party code.
 */
package dev.fmnist.classic.run;
