"""The inflate floor outside the JVM: the training images decompressed in one call by zlib (Python's zlib module)
and by the system's libdeflate (ctypes, Debian's libdeflate0), median of RUNS each.

usage: inflate_floor.py FILE.gz RUNS
"""
import ctypes
import statistics
import sys
import time
import zlib


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    data = open(path, "rb").read()
    size = int.from_bytes(data[-4:], "little")
    lib = ctypes.CDLL("libdeflate.so.0")
    lib.libdeflate_alloc_decompressor.restype = ctypes.c_void_p
    lib.libdeflate_gzip_decompress.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_void_p,
                                               ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]
    decompressor = lib.libdeflate_alloc_decompressor()
    out = ctypes.create_string_buffer(size)
    zlib_times, libdeflate_times = [], []
    for _ in range(runs):
        start = time.perf_counter()
        zlib.decompress(data, 31)
        zlib_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        assert lib.libdeflate_gzip_decompress(decompressor, data, len(data), out, size, None) == 0
        libdeflate_times.append(time.perf_counter() - start)
    z, d = statistics.median(zlib_times), statistics.median(libdeflate_times)
    print(f"zlib median_s={z:.4f} libdeflate median_s={d:.4f} ratio={z / d:.2f}x bytes={size}")


if __name__ == "__main__":
    main()
