/**
 * Prediction on one image: {@link dev.fmnist.nn.predict.DatasetImageConverter} turns a picture of any size into a
 * 28 x 28 image the way the datasets were made (with the package-private {@code AreaResampler}), and
 * {@link dev.fmnist.nn.predict.Prediction} lists the classes a {@code Network} sees in it, most probable first.
 * <p>Depends on {@code nn.model}, {@code nn.data}, {@code dev.fmnist.data} and the JDK's ImageIO; no direct
 * third-party code.
 */
package dev.fmnist.nn.predict;
