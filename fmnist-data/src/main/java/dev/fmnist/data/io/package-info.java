/**
 * File helpers shared by every module: atomic, durable writes ({@link dev.fmnist.data.io.AtomicFiles}: a temporary
 * file beside the target, synced and moved into place once complete, so that no reader sees half-written data) and
 * text from outside made safe to print ({@link dev.fmnist.data.io.PrintableText}).
 * <p>A leaf: depends on the JDK only, and on no other fmnist package.
 */
package dev.fmnist.data.io;
