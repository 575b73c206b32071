/**
 * Progress of long work: the {@link dev.fmnist.data.progress.Progress} interface (with its {@code NONE}) and
 * {@link dev.fmnist.data.progress.ConsoleProgress}, a redrawn bar with an ETA on a terminal and plain lines
 * otherwise. Downloads, exports, the benchmark's jobs and network training all report through it.
 * <p>A leaf: depends on the JDK only, and on no other fmnist package.
 */
package dev.fmnist.data.progress;
