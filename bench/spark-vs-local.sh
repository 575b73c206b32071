#!/usr/bin/env bash
# The Spark engine on local[2] against the local engine on the quick grid, on this machine, in the same session:
# ROUNDS rounds (default 2), each running `fmnist benchmark --quick` once on each engine into a fresh results
# directory, the order alternating (local first, then Spark first, ...) so that a drift in the machine's load falls
# on both sides. Each run is timed whole: JVM start, data loading and, for Spark, the context's start included.
# Prints each run's wall time and CPU time (user and system: less sensitive to the machine's load) with its jobs'
# own time (fit and predict, summed over the jobs, and their threads), each round's ratios (Spark over local) and
# their medians, Spark's scheduling line, and whether both engines gave the same accuracies; exits non-zero when
# they did not.
#
# usage: bench/spark-vs-local.sh [ROUNDS]       (KEEP=1 keeps the work directory with each run's log and results)
#   GRID=FILE REPEATS=N   another grid and repeats instead of --quick: a small grid repeated over several rounds
#                         shows the per-job overhead apart from the noise of a loaded machine
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${1:-2}"
export FMNIST_OFFLINE=1
WORK="$(mktemp -d "${TMPDIR:-/tmp}/fmnist-spark-vs-local.XXXXXX")"
cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "work directory kept: $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
# builds the command line and the Spark module, and lets the launcher measure its start-up options, before anything
# is timed
"$ROOT/fmnist" benchmark --quick --dry-run --out "$WORK/build" >/dev/null 2>&1
"$ROOT/fmnist" benchmark --quick --engine spark --dry-run --out "$WORK/build" >/dev/null 2>&1

run() {   # run ENGINE ROUND: prints the wall seconds, and the CPU seconds (user and system) of the run's processes
  local out="$WORK/$1-$2" TIMEFORMAT='%R %U %S'
  local args=(benchmark --out "$out")
  if [ -n "${GRID:-}" ]; then args+=(--config "$GRID" --repeats "${REPEATS:-1}"); else args+=(--quick); fi
  if [ "$1" = spark ]; then args+=(--engine spark --master 'local[2]'); fi
  { time "$ROOT/fmnist" "${args[@]}" >"$out.log" 2>&1; } 2>"$out.time"
  read -r real user sys <"$out.time"
  python3 -c "print(f'{$real:.1f} {$user + $sys:.1f}')"
}

jobs_time() {   # jobs_time DIR: the jobs' fit and predict seconds summed, and their threads
  python3 - "$1" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1] + "/repeats.jsonl")]
print(f"jobs' fit+predict {sum(r['fit_seconds'] + r['predict_seconds'] for r in rows):.1f} s over {len(rows)} jobs, "
      f"threads {''.join(str(r['threads']) for r in rows)}")
PY
}

ratios=() cpu_ratios=()
for r in $(seq "$ROUNDS"); do
  if [ $((r % 2)) = 1 ]; then order=(local spark); else order=(spark local); fi
  declare -A wall=() cpu=()
  for e in "${order[@]}"; do
    read -r wall[$e] cpu[$e] < <(run "$e" "$r")
    echo "round $r: $e ${wall[$e]} s (CPU ${cpu[$e]} s); $(jobs_time "$WORK/$e-$r") (load average" \
      "$(cut -d' ' -f1-3 /proc/loadavg))" >&2
  done
  ratio=$(python3 -c "print(f'{${wall[spark]} / ${wall[local]}:.3f}')")
  cpu_ratio=$(python3 -c "print(f'{${cpu[spark]} / ${cpu[local]}:.3f}')")
  ratios+=("$ratio") cpu_ratios+=("$cpu_ratio")
  echo "round $r: Spark local[2] / local engine = $ratio (CPU time: $cpu_ratio)" >&2
  grep -h '^Spark scheduling' "$WORK/spark-$r.log" >&2 || true
  unset wall cpu
done
python3 - "$WORK" "$ROUNDS" "${ratios[*]}" "${cpu_ratios[*]}" <<'PY'
import json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
ratios, cpu_ratios = ([float(x) for x in a.split()] for a in sys.argv[3:5])
def scores(d):
    return {(r["name"], json.dumps(r["parameter"], sort_keys=True)): r["score"] for r in map(json.loads, open(d + "/results.jsonl"))}
same = all(scores(f"{work}/spark-{r}") == scores(f"{work}/local-{r}") for r in range(1, rounds + 1))
print(f"median ratio over {rounds} rounds: {statistics.median(ratios):.3f} (each: {', '.join(map(str, ratios))}); "
      f"CPU time: {statistics.median(cpu_ratios):.3f} (each: {', '.join(map(str, cpu_ratios))}); "
      f"same accuracies on both engines: {same}")
sys.exit(0 if same else 1)
PY
