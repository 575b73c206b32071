/**
 * The IDX file format: {@link dev.fmnist.data.idx.IdxReader} and {@link dev.fmnist.data.idx.IdxWriter} (gzipped or
 * plain, detected by content), {@link dev.fmnist.data.idx.IdxHeader}, {@link dev.fmnist.data.idx.IdxType},
 * {@link dev.fmnist.data.idx.IdxArray}; every malformed input is an {@link dev.fmnist.data.idx.IdxFormatException}.
 * {@link dev.fmnist.data.idx.WholeGzipInflater} is the service interface through which an optional faster inflater
 * (the fmnist-libdeflate module) plugs in without this package knowing it.
 * <p>The lowest layer of the data module: depends on {@code data.io} only, and on no third-party code.
 */
package dev.fmnist.data.idx;
