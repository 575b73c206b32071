/**
 * The results directory: {@link dev.fmnist.classic.results.ResultsStore} appends
 * {@link dev.fmnist.classic.results.ResultRecord}s to {@code results.jsonl} (the original's format plus ours) and
 * {@link dev.fmnist.classic.results.RepeatRecord}s to the {@code repeats.jsonl} journal, both through a self-repairing
 * {@code JsonLinesFile}; {@link dev.fmnist.classic.results.RunEnvironment} says what a result was measured with, and
 * {@link dev.fmnist.classic.results.Json} is the snake_case mapping.
 * <p>Depends on {@code classic.grid}, {@code classic.job}, {@code dev.fmnist.data} ({@code Version}),
 * {@code dev.fmnist.data.io} and Jackson. It is below {@code classic.run}, which writes through it: it must not
 * depend on {@code classic.run}.
 */
package dev.fmnist.classic.results;
