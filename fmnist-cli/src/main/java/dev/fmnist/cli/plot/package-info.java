/**
 * {@code fmnist plot}: charts of benchmark results and saved networks. The commands here read results directories,
 * models and training histories and fill the input records of {@code dev.fmnist.viz.chart}, which draws them.
 */
package dev.fmnist.cli.plot;
