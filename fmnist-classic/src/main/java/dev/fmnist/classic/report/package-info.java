/**
 * The leaderboard: {@link dev.fmnist.classic.report.Leaderboard} ranks the results beside the published accuracies
 * and is written as {@code leaderboard.json}; {@link dev.fmnist.classic.report.LeaderboardTables} renders it for the
 * terminal and as Markdown.
 * <p>Depends on {@code classic.grid}, {@code classic.job}, {@code classic.results}, {@code dev.fmnist.data.registry}
 * and Jackson annotations. The top layer of the benchmark: nothing in {@code classic} below it may depend on it.
 */
package dev.fmnist.classic.report;
