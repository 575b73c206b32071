"""The scikit-learn side of bench/embed-vs-sklearn.sh, and the map quality of both sides.

usage: embed_vs_sklearn.py METHOD SPLIT OURS_CSV [--ours-only]
  METHOD pca | tsne | umap (umap: quality of our map only; scikit-learn has no UMAP)
  SPLIT  train | test | all (all = train then test, the order of our CSV)
Prints one line: scikit-learn's time and map quality (unless --ours-only or umap) and our map's quality, where the
quality of a map is the accuracy of a 5-NN classifier trained on the coordinates of a seeded random half of the
points and tested on the other half (numpy RandomState(0)), computed the same way for both maps.
"""
import os
import sys
import time

import numpy as np
from sklearn.neighbors import KNeighborsClassifier


def idx(path, header):
    with open(path, "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=header)


def load(split):
    root = os.path.join(os.environ.get("FMNIST_CACHE", os.path.expanduser("~/.cache/fmnist")), "fashion")
    parts = {"train": ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
             "test": ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")}
    names = ["train", "test"] if split == "all" else [split]
    xs = [idx(os.path.join(root, parts[s][0]), 16).reshape(-1, 784) for s in names]
    ys = [idx(os.path.join(root, parts[s][1]), 8) for s in names]
    return np.concatenate(xs).astype(np.float32) / 255, np.concatenate(ys)


def quality(coords, labels):
    order = np.random.RandomState(0).permutation(len(labels))
    half = len(labels) // 2
    train, test = order[:half], order[half:]
    return KNeighborsClassifier(5).fit(coords[train], labels[train]).score(coords[test], labels[test])


def main():
    method, split, ours_csv = sys.argv[1:4]
    ours_only = "--ours-only" in sys.argv or method == "umap"
    x, y = load(split)
    ours = np.loadtxt(ours_csv, delimiter=",", skiprows=1, usecols=(2, 4, 5), comments=None,
                      converters={2: float})
    if len(ours) != len(y) or not np.array_equal(ours[:, 0].astype(np.uint8), y):
        sys.exit("our CSV does not hold the %d images of fashion %s in dataset order" % (len(y), split))
    line = "ours quality %.4f" % quality(ours[:, 1:3], y)
    if not ours_only:
        if method == "pca":
            from sklearn.decomposition import PCA
            model = PCA(2)
        else:
            from sklearn.manifold import TSNE
            model = TSNE(2, init="pca", learning_rate="auto", n_jobs=2, random_state=0)
        start, cpu = time.perf_counter(), time.process_time()
        coords = model.fit_transform(x)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        line += " | scikit-learn %.2f s (%.1f s of CPU) quality %.4f" % (seconds, cpu, quality(coords, y))
        if method == "pca":
            line += " explained variance %.6f %.6f" % tuple(model.explained_variance_ratio_)
    print(line, flush=True)


if __name__ == "__main__":
    main()
