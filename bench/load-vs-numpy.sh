#!/usr/bin/env bash
# Loading Fashion-MNIST train + test side by side, in ONE run so that the ratios compare like with like on a shared,
# noisy machine: the classic NumPy loader (in-process and as a whole process), `gzip -dc` as the decompression floor,
# fmnist's loader in-process from the gzip files (with libdeflate when installed, and with the JDK's zlib alone) and
# from the uncompressed cache copies, the peak Java heap while loading, and `./fmnist info fashion --json` against a
# Python script printing the same statistics. Prints every figure and the ratios against the goals.
#
# usage: bench/load-vs-numpy.sh [GZIP_DIR]   (default: $FMNIST_DATA, else /tmp/data/fashion)
#        RUNS=N (default 9) repetitions for each median; FMNIST_BENCH_CACHE=DIR the cache root for the uncompressed copies.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$(cd "${1:-${FMNIST_DATA:-/tmp/data/fashion}}" && pwd)"
CACHE="${FMNIST_BENCH_CACHE:-/tmp/fmnist-bench-cache}"
RUNS="${RUNS:-9}"
PY=/usr/bin/python3
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVA_OPTS=(--enable-native-access=ALL-UNNAMED)   # JNA loads libdeflate: no warning on JDK 22+

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! "$PY" -c 'import numpy' 2>/dev/null; then
  echo "installing Debian's python3-numpy..." >&2
  as_root apt-get install -y -qq python3-numpy >/dev/null
fi
if ! command -v hyperfine >/dev/null; then
  as_root apt-get install -y -qq hyperfine >/dev/null 2>&1 || echo "(hyperfine unavailable: timing processes with a loop)" >&2
fi

BENCH_JAR="$ROOT/fmnist-bench/target/benchmarks.jar"
if [ ! -f "$BENCH_JAR" ] || [ -n "$(find "$ROOT"/fmnist-{data,libdeflate,bench}/src "$ROOT"/fmnist-bench/pom.xml -newer "$BENCH_JAR" -type f -print -quit)" ]; then
  echo "building the bench jar..." >&2
  (cd "$ROOT" && mvn -B -q -pl fmnist-bench -am package -DskipTests) >&2
fi
# The same loader without the optional libdeflate module: fmnist-data and the timer only.
JDK_ONLY_CP="$(ls "$ROOT"/fmnist-data/target/fmnist-data-*[0-9T].jar | head -1):$(ls "$ROOT"/fmnist-bench/target/fmnist-bench-*[0-9T].jar | head -1)"

GZ=("$DATA"/train-images-idx3-ubyte.gz "$DATA"/train-labels-idx1-ubyte.gz "$DATA"/t10k-images-idx3-ubyte.gz "$DATA"/t10k-labels-idx1-ubyte.gz)
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p"; }

# Median wall time in seconds of a command run $RUNS times (after one warm-up run).
process_median() {
  if command -v hyperfine >/dev/null; then
    local json; json="$(mktemp)"
    hyperfine -N --style none --warmup 1 --runs "$RUNS" --export-json "$json" "$1" >/dev/null 2>&1 \
      || hyperfine --style none --warmup 1 --runs "$RUNS" --export-json "$json" "$1" >/dev/null
    "$PY" -c 'import json,sys; print("%.4f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$json"
    rm -f "$json"
  else
    bash -c "$1" >/dev/null
    for _ in $(seq "$RUNS"); do
      local t0 t1; t0=$(date +%s%N); bash -c "$1" >/dev/null; t1=$(date +%s%N)
      echo $(( t1 - t0 ))
    done | sort -n | awk '{a[NR]=$1} END {printf "%.4f\n", a[int((NR+1)/2)]/1e9}'
  fi
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $("$JAVA" -version 2>&1 | head -1); numpy $("$PY" -c 'import numpy; print(numpy.__version__)'); data: $DATA; runs: $RUNS"
echo

np_in=$("$PY" "$ROOT/bench/numpy_load.py" "$DATA" "$RUNS" | field median_s)
np_proc=$(process_median "$PY $ROOT/bench/numpy_load.py $DATA 1")
gz_floor=$(process_median "gzip -dc ${GZ[*]}")
gz_train=$(process_median "gzip -dc ${GZ[0]}")
fm_gz_line=$("$JAVA" "${JAVA_OPTS[@]}" -cp "$BENCH_JAR" dev.fmnist.bench.LoadTimer gzip "$DATA" "$CACHE" "$RUNS")
fm_gz=$(echo "$fm_gz_line" | field median_s)
fm_gz_unhashed=$("$JAVA" "${JAVA_OPTS[@]}" -cp "$BENCH_JAR" dev.fmnist.bench.LoadTimer gzip-unhashed "$DATA" "$CACHE" "$RUNS" | field median_s)
fm_gz_jdk=$("$JAVA" "${JAVA_OPTS[@]}" -cp "$JDK_ONLY_CP" dev.fmnist.bench.LoadTimer gzip "$DATA" "$CACHE" "$RUNS" | field median_s)
fm_cache=$("$JAVA" "${JAVA_OPTS[@]}" -cp "$BENCH_JAR" dev.fmnist.bench.LoadTimer cache "$DATA" "$CACHE" "$RUNS" | field median_s)

printf '%-62s %8s s\n' "NumPy loader, in-process (gzip.open().read + frombuffer)" "$np_in" \
  "NumPy loader, whole process (python3 numpy_load.py DIR 1)" "$np_proc" \
  "gzip -dc of the four files, whole process (floor)" "$gz_floor" \
  "gzip -dc of train-images alone, whole process" "$gz_train" \
  "fmnist from gzip, in-process, hashed ($(echo "$fm_gz_line" | sed 's/.*inflater=//'))" "$fm_gz" \
  "fmnist from gzip, in-process, not hashed (like NumPy's loader)" "$fm_gz_unhashed" \
  "fmnist from gzip, in-process, hashed (java.util.zip only)" "$fm_gz_jdk" \
  "fmnist from the cache copies (DataStore.load), in-process" "$fm_cache"
echo
awk -v a="$fm_gz" -v b="$np_in" 'BEGIN {printf "fmnist gzip / NumPy in-process:            %.2fx  (goal <= 0.6x)\n", a/b}'
awk -v a="$fm_gz_unhashed" -v b="$np_in" 'BEGIN {printf "fmnist gzip unhashed / NumPy in-process:   %.2fx\n", a/b}'
awk -v a="$fm_gz_jdk" -v b="$np_in" 'BEGIN {printf "fmnist gzip (zlib only) / NumPy in-process: %.2fx\n", a/b}'
awk -v a="$np_in" -v b="$fm_cache" 'BEGIN {printf "NumPy in-process / fmnist cache:           %.1fx faster (goal >= 10x)\n", a/b}'

echo
echo "peak Java heap while loading from gzip once (goal <= ~2x the 55 MB of raw bytes):"
smallest=""
for mb in 56 60 64 72 80 96 112 128; do
  if "$JAVA" "${JAVA_OPTS[@]}" -Xmx${mb}m -cp "$BENCH_JAR" dev.fmnist.bench.LoadTimer gzip "$DATA" "$CACHE" 1 >/dev/null 2>&1; then smallest=$mb; break; fi
done
echo "  smallest -Xmx that loads (tried 56, 60, 64, 72, 80, 96, 112, 128): ${smallest:-none up to 128} MB"
echo "  with -Xmx110m: $("$JAVA" "${JAVA_OPTS[@]}" -Xmx110m -cp "$BENCH_JAR" dev.fmnist.bench.LoadTimer gzip "$DATA" "$CACHE" 1 | sed 's/.*\(peak_heap_mb=[^ ]*\).*/\1 (sum of the heap pools'"'"' peaks)/')"

echo
if FMNIST_DATA="$DATA" "$ROOT/fmnist" info fashion --json >/dev/null 2>&1 \
    && FMNIST_CACHE="$CACHE" FMNIST_OFFLINE=1 "$ROOT/fmnist" info fashion --json >/dev/null 2>&1; then
  info=$(process_median "env FMNIST_DATA=$DATA $ROOT/fmnist info fashion --json")
  info_cache=$(process_median "env FMNIST_CACHE=$CACHE FMNIST_OFFLINE=1 $ROOT/fmnist info fashion --json")
  pyinfo=$(process_median "$PY $ROOT/bench/numpy_info.py $DATA")
  printf '%-62s %8s s\n' "FMNIST_DATA=DIR ./fmnist info fashion --json (gzip), whole process" "$info" \
    "./fmnist info fashion --json from the cache, whole process" "$info_cache" \
    "python3 bench/numpy_info.py (same statistics), whole process" "$pyinfo"
  awk -v a="$info" -v b="$pyinfo" 'BEGIN {printf "fmnist info (gzip) / Python info:          %.2fx  (goal <= 1x)\n", a/b}'
  awk -v a="$info_cache" -v b="$pyinfo" 'BEGIN {printf "fmnist info (cache) / Python info:         %.2fx  (goal <= 1x)\n", a/b}'
else
  echo "./fmnist info fashion --json does not run here yet: info comparison skipped"
fi
