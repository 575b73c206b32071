/**
 * The optional fast gzip inflater: {@link dev.fmnist.libdeflate.LibdeflateInflater}, a
 * {@link dev.fmnist.data.idx.WholeGzipInflater} service that binds the system's libdeflate through JNA
 * (package-private {@code LibdeflateLibrary}). {@code IdxReader} finds it through {@link java.util.ServiceLoader}
 * when this module is on the class path; no fmnist code refers to it by name.
 * <p>Depends on {@code dev.fmnist.data.idx} and JNA.
 */
package dev.fmnist.libdeflate;
