/**
 * The way into the native engine: {@link dev.fmnist.nn.engine.OfflineEngine} switches DJL to offline mode and off its
 * usage tracking before the PyTorch engine is first touched, so that no run opens a network connection, and
 * {@link dev.fmnist.nn.engine.DenormalFlush} makes the engine threads flush denormal floats to zero.
 * <p>Depends on DJL ({@code ai.djl.engine}, {@code ai.djl.util}) and JNA; no fmnist package. Code that needs the
 * engine gets it through this package, never through {@code ai.djl.engine.Engine} directly.
 */
package dev.fmnist.nn.engine;
