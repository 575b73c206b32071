/**
 * The {@code fmnist} command's frame: {@link dev.fmnist.cli.Main} (arguments to exit code),
 * {@link dev.fmnist.cli.FmnistCommand} (global options and the list of verbs), the {@link dev.fmnist.cli.Verb} base
 * class every verb extends, {@link dev.fmnist.cli.ExitCode}, the package-private {@code ErrorReporter} (one-line
 * errors), {@link dev.fmnist.cli.Json} output, and the shared option types ({@link dev.fmnist.cli.DatasetConverter},
 * {@link dev.fmnist.cli.SplitName}, {@link dev.fmnist.cli.SplitSelection}), and the check of output files
 * ({@link dev.fmnist.cli.OutputFiles}).
 * <p>Depends on fmnist-data, picocli and Jackson's streaming core; it names the verbs of {@code cli.commands} and
 * {@code cli.dashboard}, which in turn extend {@code Verb} (a known cycle between the two packages). The top of the build: nothing depends on it.
 */
package dev.fmnist.cli;
