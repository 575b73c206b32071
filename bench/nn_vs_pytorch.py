"""PyTorch side of bench/nn-vs-pytorch.sh: the same network, batch size and optimizer as fmnist's EpochTimer.

Trains one epoch of Fashion-MNIST's 60,000 training images (Adam, lr 3e-3, weight decay 1e-4, standardized
pixels) on 2 CPU threads, times it, then times inference on the 10,000 test images in batches of 500.
Prints one line of JSON. Usage: nn_vs_pytorch.py DATA_DIR MODEL BATCH (MODEL: cnn, tf-cnn or an MLP named as fmnist
names it, mlp-H1[-H2...][-relu|-tanh], e.g. mlp-256-128).
"""
import gzip
import json
import os
import sys
import time

import numpy as np
import torch
from torch import nn

torch.set_num_threads(2)
torch.manual_seed(1)


def idx(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def find(directory, stem):
    for name in (stem, stem + ".gz"):
        if os.path.exists(os.path.join(directory, name)):
            return os.path.join(directory, name)
    raise SystemExit(f"{stem}(.gz) not found in {directory}")


def cnn():
    """fmnist's default 'cnn'."""
    return nn.Sequential(
        nn.Conv2d(1, 32, 3, padding=1, bias=False), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3, padding=1, bias=False), nn.BatchNorm2d(64), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(64 * 7 * 7, 256, bias=False), nn.BatchNorm1d(256), nn.ReLU(), nn.Dropout(0.3),
        nn.Linear(256, 10))


def tf_cnn():
    """fmnist's 'tf-cnn', the TensorFlow-tutorial CNN."""
    return nn.Sequential(
        nn.Conv2d(1, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(64 * 7 * 7, 1024), nn.ReLU(), nn.Dropout(0.4), nn.Linear(1024, 10))


def mlp(name):
    """fmnist's 'mlp-H1-H2...[-relu|-tanh]': fully connected layers on the flattened pixels."""
    parts = name.split("-")[1:]
    activation = nn.Tanh if parts[-1] == "tanh" else nn.ReLU
    sizes = [784] + [int(p) for p in parts if p.isdigit()]
    layers = [nn.Flatten()]
    for a, b in zip(sizes, sizes[1:]):
        layers += [nn.Linear(a, b), activation()]
    return nn.Sequential(*layers, nn.Linear(sizes[-1], 10))


def network(model_name):
    """The network and fmnist's default learning rate and weight decay for it (TrainOptions.defaults)."""
    if model_name == "cnn":
        return cnn(), 3e-3, 1e-4
    if model_name == "tf-cnn":
        return tf_cnn(), 1e-3, 0.0
    if model_name.startswith("mlp-"):
        return mlp(model_name), 1e-3, 1e-4
    raise SystemExit(f"unknown model {model_name}: use cnn, tf-cnn or mlp-H1[-H2...]")


def main():
    directory, model_name, batch = sys.argv[1], sys.argv[2], int(sys.argv[3])
    x = idx(find(directory, "train-images-idx3-ubyte")).astype(np.float32)
    y = idx(find(directory, "train-labels-idx1-ubyte")).astype(np.int64)
    tx = idx(find(directory, "t10k-images-idx3-ubyte")).astype(np.float32)
    ty = idx(find(directory, "t10k-labels-idx1-ubyte")).astype(np.int64)
    mean, std = x.mean(), x.std()
    x = torch.from_numpy((x - mean) / std).unsqueeze(1)
    tx = torch.from_numpy((tx - mean) / std).unsqueeze(1)
    y, ty = torch.from_numpy(y), torch.from_numpy(ty)
    net, lr, wd = network(model_name)
    opt = torch.optim.Adam(net.parameters(), lr=lr, weight_decay=wd)
    loss_fn = nn.CrossEntropyLoss()
    net.train()
    order = torch.randperm(len(x))
    start = time.perf_counter()
    for i in range(0, len(x) - batch + 1, batch):
        idx_ = order[i:i + batch]
        opt.zero_grad()
        loss = loss_fn(net(x[idx_]), y[idx_])
        loss.backward()
        opt.step()
    epoch_seconds = time.perf_counter() - start
    net.eval()
    with torch.no_grad():
        for i in range(0, len(tx), 500):
            net(tx[i:i + 500])
        start = time.perf_counter()
        predicted = torch.cat([net(tx[i:i + 500]).argmax(1) for i in range(0, len(tx), 500)])
        seconds = time.perf_counter() - start
    print(json.dumps({"engine": f"PyTorch {torch.__version__} (Python)", "model": model_name, "batch": batch,
                      "threads": torch.get_num_threads(),
                      "epoch_seconds": round(epoch_seconds, 2),
                      "inference_images_per_second": round(len(tx) / seconds),
                      "test_accuracy_after_1_epoch": round((predicted == ty).float().mean().item(), 4)}))


if __name__ == "__main__":
    main()
