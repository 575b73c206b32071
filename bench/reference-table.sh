#!/usr/bin/env bash
# Regenerates docs/reference-results.md, the table of every configuration of the original grid against the paper,
# from the reference results (rerun it as the reference run records more; rows not yet run say "pending").
#
# usage: bench/reference-table.sh [RESULTS_DIR] [OUT.md]   (defaults: results/reference docs/reference-results.md)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec python3 "$ROOT/bench/reference_table.py" "$@"
