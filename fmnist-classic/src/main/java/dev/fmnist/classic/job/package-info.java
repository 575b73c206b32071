/**
 * The unit of work of the benchmark as plain values that can travel to wherever jobs execute:
 * {@link dev.fmnist.classic.job.Job} (one repeat of one configuration on one dataset, with its seed),
 * {@link dev.fmnist.classic.job.JobOutcome} and {@link dev.fmnist.classic.job.JobStatus}.
 * <p>Depends on {@code classic.grid} and Jackson annotations only. It is below {@code classic.results},
 * {@code classic.run} and {@code classic.report}: it must not depend on any of them.
 */
package dev.fmnist.classic.job;
