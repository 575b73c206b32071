#!/usr/bin/env bash
# Checks the cost model's wall-time prediction on more than one core against a real run: the original grid's trees,
# forests, PassiveAggressive and Perceptron configurations (36, about 13 minutes of one core by the reference run's
# one-core measurements) on Fashion-MNIST, one repeat each, on WORKERS workers sharing every core. Prints the dry
# run's prediction (the shipped reference results, scaled as a new user's dry run scales them), then runs the grid
# and prints the wall time it took from the first job's start to the last one's end. Needs the cores to itself:
# stop the reference run first (it resumes).
#
# usage: bench/cores-check.sh [WORKERS]    (default: the number of cores)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORKERS="${1:-$(nproc)}"
OUT="$(mktemp -d "${TMPDIR:-/tmp}/fmnist-cores-check.XXXXXX")"
trap 'rm -rf "$OUT"' EXIT
args=(benchmark --config "$ROOT/bench/grids/cores-check.json" --dataset fashion --repeats 1 --workers "$WORKERS"
  --out "$OUT/results")
echo "== prediction (dry run)"
"$ROOT/fmnist" "${args[@]}" --dry-run | tail -2
echo "== actual run"
"$ROOT/fmnist" "${args[@]}" >/dev/null
python3 - "$OUT/results/results.jsonl" <<'PY'
import json, sys
rows = [r for r in map(json.loads, open(sys.argv[1])) if not r.get("same_as")]   # a copy ran no job
start = min(r["start_time"] for r in rows)
done = max(r["done_time"] for r in rows)
cpu = sum((f + p) * t for r in rows for f, p, t in zip(r["fit_seconds"], r["predict_seconds"], r["threads"]))
print(f"{len(rows)} configurations: wall {done - start} s from the first start to the last end, {cpu:.0f} s of CPU")
PY
