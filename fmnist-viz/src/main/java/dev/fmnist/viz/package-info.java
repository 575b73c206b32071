/**
 * Pictures of the data: {@link dev.fmnist.viz.ClassSprite} (laid out by {@link dev.fmnist.viz.SpriteLayout}),
 * {@link dev.fmnist.viz.PngImages}, the TensorBoard {@link dev.fmnist.viz.ProjectorFiles}, and
 * {@link dev.fmnist.viz.TerminalRenderer}, which draws images as {@link dev.fmnist.viz.TextPicture}s in a
 * {@link dev.fmnist.viz.TerminalStyle}.
 * <p>Depends on {@code dev.fmnist.data} and {@code dev.fmnist.data.io}, and on the JDK's AWT and ImageIO (headless);
 * no third-party code.
 */
package dev.fmnist.viz;
