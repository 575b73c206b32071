#!/usr/bin/env bash
# fmnist's networks side by side with PyTorch itself, in one run on the same machine:
# seconds per training epoch (same architecture, batch size, optimizer; 2 threads) and inference images/s.
# Usage: bench/nn-vs-pytorch.sh [MODEL=cnn] [BATCH=100]   (MODEL: cnn, tf-cnn, mlp-H1[-H2...])
#   Both sides read the same verified IDX files from the data store's cache (./fmnist fetch fashion puts them there).
# Installs Debian's python3-torch with apt-get when Python cannot import torch. OMP_WAIT_POLICY, if set, reaches both
# sides (fmnist sets PASSIVE for itself when it is unset).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
model=${1:-cnn}
batch=${2:-100}
./fmnist fetch fashion >&2
data="${FMNIST_CACHE:-$HOME/.cache/fmnist}/fashion"
# Debian's interpreter, where Debian's python3-torch lives (a pyenv or venv python3 earlier on PATH would not see it)
py=/usr/bin/python3
if ! "$py" -c 'import torch' 2>/dev/null; then
  echo "installing python3-torch (Debian) ..." >&2
  apt-get install -y -q python3-torch >&2
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run" >&2
source bench/harness-classpath.sh
java -cp "$BENCH_CP" dev.fmnist.bench.EpochTimer "$data" "$model" "$batch" \
  | tee /tmp/fmnist-nn-bench.json
"$py" bench/nn_vs_pytorch.py "$data" "$model" "$batch" | tee /tmp/pytorch-bench.json
"$py" - <<'PY'
import json
ours = json.load(open("/tmp/fmnist-nn-bench.json"))
theirs = json.load(open("/tmp/pytorch-bench.json"))
print(f"epoch seconds: fmnist {ours['epoch_seconds']} / PyTorch {theirs['epoch_seconds']} = "
      f"{ours['epoch_seconds'] / theirs['epoch_seconds']:.2f}x")
print(f"inference images/s: fmnist {ours['inference_images_per_second']} / PyTorch "
      f"{theirs['inference_images_per_second']} = "
      f"{ours['inference_images_per_second'] / theirs['inference_images_per_second']:.2f}x")
PY
