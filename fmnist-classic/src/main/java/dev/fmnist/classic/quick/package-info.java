/**
 * The quick grid, chosen on what is known: {@link dev.fmnist.classic.quick.QuickGrid} picks for each family of the
 * built-in {@code quick.json} the configuration of the original grid that reaches the family's published best
 * accuracy soonest, by the cost model ({@code classic.cost}) and the accuracies known from this machine's results,
 * the shipped reference results and the built-in figures. Depends on {@code classic.grid}, {@code classic.cost} and
 * {@code classic.results}; the command line depends on it.
 */
package dev.fmnist.classic.quick;
