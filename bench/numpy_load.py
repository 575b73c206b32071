"""The classic NumPy loader of the MNIST-family gzip files (as in Fashion-MNIST's utils/mnist_reader.py):
gzip.open(...).read(), then np.frombuffer(buf, np.uint8, offset=16) for images (offset=8 for labels).

usage: numpy_load.py DIR RUNS   prints the median and fastest in-process time of loading all four files
"""
import gzip
import sys
import time

import numpy as np

FILES = [("train-images-idx3-ubyte.gz", 16), ("train-labels-idx1-ubyte.gz", 8),
         ("t10k-images-idx3-ubyte.gz", 16), ("t10k-labels-idx1-ubyte.gz", 8)]


def load(directory):
    arrays = []
    for name, offset in FILES:
        with gzip.open(f"{directory}/{name}", "rb") as f:
            buf = f.read()
        arrays.append(np.frombuffer(buf, np.uint8, offset=offset))
    return arrays


def main():
    directory, runs = sys.argv[1], int(sys.argv[2])
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        arrays = load(directory)
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"numpy median_s={times[len(times) // 2]:.4f} min_s={times[0]:.4f} runs={runs} "
          f"bytes={sum(a.size for a in arrays)}")


if __name__ == "__main__":
    main()
