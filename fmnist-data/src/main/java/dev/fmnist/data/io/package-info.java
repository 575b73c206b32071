/**
 * {@link dev.fmnist.data.io.AtomicFiles}: files written to a temporary file beside the target and moved into place
 * once complete, so that no reader sees half-written data; the writers of the data, viz, classic and nn modules
 * use it.
 * <p>A leaf: depends on the JDK only, and on no other fmnist package.
 */
package dev.fmnist.data.io;
