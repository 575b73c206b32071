/**
 * Other file formats the MNIST family is shared in: Kaggle's CSV layout ({@code label,pixel1,...,pixel784}) and
 * NumPy's {@code .npy} arrays.
 */
package dev.fmnist.data.format;
