/**
 * The IDX format of the MNIST family: headers, typed arrays, and a reader that detects gzip by content and reports
 * every malformed input as an {@link dev.fmnist.data.idx.IdxFormatException}.
 */
package dev.fmnist.data.idx;
