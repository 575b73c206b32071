#!/usr/bin/env python3
"""scikit-learn side of bench/classic-vs-sklearn.sh.

Usage: classic_vs_sklearn.py DATA_DIR TRAIN_ROWS TEST_ROWS SEED Family:k=v,k=v ...
Reads the four IDX files (plain or .gz) from DATA_DIR, standardizes with StandardScaler fitted on the training
rows, and prints one tab-separated line per configuration: family, parameters, accuracy, fit s, predict s.
LogisticRegression with multi_class=ovr uses solver=liblinear, the default when the benchmark was published.
LinearSVC with penalty=l1 (one-vs-rest) uses dual=False, the primal solver fmnist runs for it (scikit-learn refuses
that penalty with its default dual=True; docs/classic-grid.md).
"""
import gzip
import os
import sys
import time

import numpy as np
from sklearn import ensemble, linear_model, naive_bayes, neighbors, neural_network, svm, tree
from sklearn.preprocessing import StandardScaler

FAMILIES = {
    "SVC": svm.SVC, "LinearSVC": svm.LinearSVC,
    "LogisticRegression": linear_model.LogisticRegression, "SGDClassifier": linear_model.SGDClassifier,
    "Perceptron": linear_model.Perceptron, "PassiveAggressiveClassifier": linear_model.PassiveAggressiveClassifier,
    "GaussianNB": naive_bayes.GaussianNB, "KNeighborsClassifier": neighbors.KNeighborsClassifier,
    "DecisionTreeClassifier": tree.DecisionTreeClassifier, "ExtraTreeClassifier": tree.ExtraTreeClassifier,
    "RandomForestClassifier": ensemble.RandomForestClassifier,
    "GradientBoostingClassifier": ensemble.GradientBoostingClassifier,
    "MLPClassifier": neural_network.MLPClassifier,
}


def read_idx(directory, stem):
    for name in (stem, stem + ".gz"):
        path = os.path.join(directory, name)
        if os.path.exists(path):
            opener = gzip.open if name.endswith(".gz") else open
            with opener(path, "rb") as f:
                data = f.read()
            dims = data[3]
            shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
            return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)
    sys.exit(f"{stem} not found in {directory}")


def parse(spec):
    params = {}
    for kv in filter(None, spec.split(",")):
        k, v = kv.split("=", 1)
        try:
            params[k] = float(v) if ("." in v or "e" in v) else int(v)
        except ValueError:
            params[k] = v
    return params


def main():
    directory, train_rows, test_rows, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    x_train = read_idx(directory, "train-images-idx3-ubyte").reshape(60000, -1).astype(np.float64)
    y_train = read_idx(directory, "train-labels-idx1-ubyte")
    x_test = read_idx(directory, "t10k-images-idx3-ubyte").reshape(10000, -1).astype(np.float64)
    y_test = read_idx(directory, "t10k-labels-idx1-ubyte")
    if train_rows > 0:
        x_train, y_train = x_train[:train_rows], y_train[:train_rows]
    if test_rows > 0:
        x_test, y_test = x_test[:test_rows], y_test[:test_rows]
    scaler = StandardScaler().fit(x_train)
    x_train, x_test = scaler.transform(x_train), scaler.transform(x_test)
    for config in sys.argv[5:]:
        family, _, spec = config.partition(":")
        params = parse(spec)
        extra = dict(params)
        if family == "LogisticRegression" and params.get("multi_class", "ovr") == "ovr":
            extra["solver"] = "liblinear"
        if family == "LinearSVC" and params.get("penalty") == "l1" and params.get("multi_class") != "crammer_singer":
            extra["dual"] = False
        if "random_state" in FAMILIES[family]().get_params():
            extra["random_state"] = seed
        model = FAMILIES[family](**extra)
        t0 = time.perf_counter()
        model.fit(x_train, y_train)
        t1 = time.perf_counter()
        accuracy = float((model.predict(x_test) == y_test).mean())
        t2 = time.perf_counter()
        print(f"{family}\t{spec}\t{accuracy:.4f}\t{t1 - t0:.2f}\t{t2 - t1:.2f}", flush=True)


if __name__ == "__main__":
    main()
