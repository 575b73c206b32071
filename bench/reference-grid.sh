#!/usr/bin/env bash
# The complete reproduction shipped under results/reference/: the original's whole grid on Fashion-MNIST (two
# repeats of each configuration, so that the early-stop rule and the spread mean something) and on MNIST (one
# repeat), on the local engine. Hours of computing: run it in the background; it resumes where it stopped.
#
# usage: bench/reference-grid.sh            (CORES=1 pins it to one core, so that other work can use the other)
#   CORES=N        cores to pin the run to with taskset (default: all); its jobs then see N processors
#   TIME_LIMIT=S   per-job time limit in seconds (default 7200; a job past it is recorded as timed out)
#   OUT=DIR        results directory (default results/reference)
# The launcher's jar is copied first, so that a rebuild while the run goes on cannot change the classes under it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${OUT:-$ROOT/results/reference}"
TIME_LIMIT="${TIME_LIMIT:-7200}"
"$ROOT/fmnist" --version >/dev/null                      # builds the command line if needed
RUN="$(mktemp -d "${TMPDIR:-/tmp}/fmnist-reference.XXXXXX")"
trap 'rm -rf "$RUN"' EXIT
cp -r "$ROOT/fmnist-cli/target/fmnist-cli.jar" "$ROOT/fmnist-cli/target/lib" "$RUN/"
pin=()
if [ -n "${CORES:-}" ]; then pin=(taskset -c "0-$((CORES - 1))"); fi
run() {
  OMP_WAIT_POLICY=PASSIVE "${pin[@]}" java ${FMNIST_JAVA_OPTS:--Xmx8g} -jar "$RUN/fmnist-cli.jar" benchmark --full \
    --out "$OUT" --time-limit "$TIME_LIMIT" "$@"
}
start=$(date +%s)
run --dataset fashion --repeats 2
run --dataset mnist --repeats 1
# Runs nothing more (every configuration is recorded, with at least one repeat): it writes the leaderboard of both
# datasets, ranked by Fashion-MNIST, over the one each run above left.
run --dataset fashion,mnist --repeats 1
echo "reference grid: done in $(( $(date +%s) - start )) s of wall time" >&2
