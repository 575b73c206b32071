#!/usr/bin/env bash
# Checks the cost model against the reference run (finished or growing): per dataset and family, the CPU time taken
# against the built-in figures' prediction, and the wall time on N cores replayed by the dry run's schedule from the
# run's own measurements, beside the run's actual wall time here. Markdown on standard output.
#
# usage: bench/full-grid-check.sh [RESULTS_DIR] [CORES...]   (defaults: results/reference 1 2 4 8 32)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/bench/harness-classpath.sh"
DIR="${1:-$ROOT/results/reference}"
shift || true
[ $# -gt 0 ] || set -- 1 2 4 8 32
exec java -cp "$BENCH_CP" dev.fmnist.bench.FullGridCheck "$DIR" "$@"
