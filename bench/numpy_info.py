"""What `fmnist info fashion --json` prints, computed with NumPy from the same gzip files: for each split the count,
shape, per-label counts, pixel mean and standard deviation, and the SHA-256 of the decompressed images and labels.

usage: numpy_info.py DIR
"""
import gzip
import hashlib
import json
import sys

import numpy as np


def read(path, offset):
    with gzip.open(path, "rb") as f:
        buf = f.read()
    return buf, np.frombuffer(buf, np.uint8, offset=offset)


def split(directory, prefix):
    img_buf, images = read(f"{directory}/{prefix}-images-idx3-ubyte.gz", 16)
    lab_buf, labels = read(f"{directory}/{prefix}-labels-idx1-ubyte.gz", 8)
    count, rows, cols = (int.from_bytes(img_buf[i:i + 4], "big") for i in (4, 8, 12))
    histogram = np.bincount(images, minlength=256).astype(np.float64)
    values = np.arange(256, dtype=np.float64)
    mean = float(histogram @ values / images.size)
    std = float(np.sqrt(histogram @ (values - mean) ** 2 / images.size))
    return {"count": count, "rows": rows, "cols": cols,
            "label_counts": np.bincount(labels, minlength=10).tolist(),
            "pixel_mean": mean, "pixel_std": std,
            "sha256": {"images": hashlib.sha256(img_buf).hexdigest(), "labels": hashlib.sha256(lab_buf).hexdigest()}}


def main():
    directory = sys.argv[1]
    print(json.dumps({"dataset": "fashion", "splits": {"train": split(directory, "train"),
                                                        "test": split(directory, "t10k")}}))


if __name__ == "__main__":
    main()
