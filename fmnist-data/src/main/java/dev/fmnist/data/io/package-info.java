/**
 * File helpers shared by every module: atomic, durable writes ({@link dev.fmnist.data.io.AtomicFiles}) and text from
 * outside made safe to print ({@link dev.fmnist.data.io.PrintableText}).
 */
package dev.fmnist.data.io;
