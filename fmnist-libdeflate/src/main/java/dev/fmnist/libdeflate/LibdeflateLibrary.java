package dev.fmnist.libdeflate;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * The few libdeflate functions used, bound with JNA direct mapping (one native call each, no marshalling of the
 * buffers: they are passed as addresses). {@code size_t} is mapped to {@code long} (LP64 and Win64 platforms).
 */
final class LibdeflateLibrary {
    /** {@code LIBDEFLATE_SUCCESS} */
    static final int SUCCESS = 0;

    static {
        Native.register(LibdeflateLibrary.class, load());
    }

    private LibdeflateLibrary() {
    }

    /** {@code libdeflate} as installed (Debian's {@code libdeflate0} ships only {@code libdeflate.so.0}). */
    private static NativeLibrary load() {
        try {
            return NativeLibrary.getInstance("deflate");
        } catch (UnsatisfiedLinkError e) {
            return NativeLibrary.getInstance("libdeflate.so.0");
        }
    }

    static native Pointer libdeflate_alloc_decompressor();

    static native void libdeflate_free_decompressor(Pointer decompressor);

    /**
     * Decompresses one gzip member; with no {@code actual_out_nbytes_ret} it must produce exactly
     * {@code outNbytesAvail} bytes. {@code actualInNbytes[0]} receives the compressed bytes consumed.
     */
    static native int libdeflate_gzip_decompress_ex(Pointer decompressor, Pointer in, long inNbytes, Pointer out,
                                                    long outNbytesAvail, long[] actualInNbytes, Pointer actualOutNull);
}
