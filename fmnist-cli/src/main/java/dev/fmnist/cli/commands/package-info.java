/**
 * One class per verb: {@link dev.fmnist.cli.commands.FetchCommand}, {@link dev.fmnist.cli.commands.VerifyCommand},
 * {@link dev.fmnist.cli.commands.InfoCommand}, {@link dev.fmnist.cli.commands.ShowCommand},
 * {@link dev.fmnist.cli.commands.ExportCommand}, {@link dev.fmnist.cli.commands.ImportCommand},
 * {@link dev.fmnist.cli.commands.SpriteCommand}, {@link dev.fmnist.cli.commands.BenchmarkCommand},
 * {@link dev.fmnist.cli.commands.TrainCommand}, {@link dev.fmnist.cli.commands.EvaluateCommand} and
 * {@link dev.fmnist.cli.commands.PredictCommand}: options, help text and output; the work is in the library modules.
 * <p>Depends on {@code dev.fmnist.cli}, {@code cli.export}, {@code cli.verify}, every library module (fmnist-data,
 * fmnist-viz, fmnist-estimator, fmnist-classic, fmnist-nn), picocli and Jackson.
 */
package dev.fmnist.cli.commands;
