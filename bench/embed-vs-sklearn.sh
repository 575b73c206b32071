#!/usr/bin/env bash
# `fmnist embed` against scikit-learn 1.2 (Debian's python3-sklearn) on Fashion-MNIST, both sides back to back in one
# run (so that both see the same load on a shared machine): PCA(2) of all 70,000 images, Barnes-Hut t-SNE of the
# 10,000 test images, and our t-SNE and UMAP of all 70,000. Prints, per case, our time (the embedding alone, as the
# command reports it; data loading excluded on both sides), scikit-learn's time, the ratio, and the map quality of
# both (5-NN accuracy on the coordinates, computed by the same Python code for both maps).
#
# usage: bench/embed-vs-sklearn.sh [pca] [tsne] [tsne70k] [umap70k]   (default: all four)
#   REPEATS=N  PCA runs per side (default 3; the median is reported)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY=/usr/bin/python3
REPEATS="${REPEATS:-3}"
CASES=("$@")
[ ${#CASES[@]} -eq 0 ] && CASES=(pca tsne tsne70k umap70k)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! "$PY" -c 'import sklearn, numpy' 2>/dev/null; then
  echo "installing Debian's python3-sklearn and python3-numpy..." >&2
  as_root apt-get install -y -qq python3-sklearn python3-numpy >/dev/null
fi
JAR="${JAR:-$ROOT/fmnist-cli/target/fmnist-cli.jar}"   # JAR=...: a copy, to rebuild while this runs
if [ ! -f "$JAR" ]; then
  echo "building fmnist-cli..." >&2
  (cd "$ROOT" && mvn -B -q -pl fmnist-cli -am package -DskipTests) >&2
fi
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
java -jar "$JAR" fetch fashion >/dev/null

# ours METHOD SPLIT: runs `fmnist embed`, prints the seconds it reports
ours() {
  java -jar "$JAR" embed fashion --method "$1" --split "$2" --out "$OUT/$1-$2.png" 2>"$OUT/log" >/dev/null
  grep -Eo '[0-9]+\.[0-9]+ s \(' "$OUT/log" | tail -1 | cut -d' ' -f1
}
# what the last `fmnist embed` reported besides its time: CPU seconds and peak heap
ours_cpu() { grep -Eo '[0-9.]+ s of CPU' "$OUT/log" | tail -1 | cut -d' ' -f1; }
ours_heap() { grep -o 'peak heap [0-9,]* MB' "$OUT/log" | tail -1; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
sk_seconds() { grep -Eo 'scikit-learn [0-9.]+ s' <<<"$1" | cut -d' ' -f2; }

for c in "${CASES[@]}"; do
  case "$c" in
    pca)
      ours_t=(); sk_t=()
      for ((r = 0; r < REPEATS; r++)); do
        ours_t+=("$(ours pca all)")
        line="$("$PY" "$ROOT/bench/embed_vs_sklearn.py" pca all "$OUT/pca-all.csv")"
        sk_t+=("$(sk_seconds "$line")")
      done
      o="$(printf '%s\n' "${ours_t[@]}" | median)"; s="$(printf '%s\n' "${sk_t[@]}" | median)"
      echo "PCA, all 70,000: ours ${o} s (runs: ${ours_t[*]}), scikit-learn PCA(2) ${s} s (runs: ${sk_t[*]}), ratio $(ratio "$o" "$s")"
      grep -o 'explained variance ratio[^,]*' "$OUT/log" || true
      echo "  ours (last run): $(ours_cpu) s of CPU, $(ours_heap); $line"
      ;;
    tsne)
      o="$(ours tsne test)"
      line="$("$PY" "$ROOT/bench/embed_vs_sklearn.py" tsne test "$OUT/tsne-test.csv")"
      s="$(sk_seconds "$line")"
      echo "t-SNE, 10,000 test: ours ${o} s, scikit-learn TSNE(n_jobs=2, init=pca) ${s} s, ratio $(ratio "$o" "$s")"
      echo "  ours: $(ours_cpu) s of CPU, $(ours_heap); $line"
      ;;
    tsne70k|umap70k)
      m="${c%70k}"
      o="$(ours "$m" all)"
      line="$("$PY" "$ROOT/bench/embed_vs_sklearn.py" "$m" all "$OUT/$m-all.csv" --ours-only)"
      echo "$m, all 70,000: ours ${o} s ($(ours_cpu) s of CPU), $(ours_heap); $line"
      ;;
    *) echo "unknown case $c: pca, tsne, tsne70k or umap70k" >&2; exit 2 ;;
  esac
done
