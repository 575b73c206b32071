#!/usr/bin/env bash
# The dashboard's embedding map in headless Chromium: `fmnist embed` maps all 70,000 Fashion-MNIST images (PCA), then
# the map is opened LOADS times served by `fmnist serve` on 127.0.0.1 and LOADS times as `fmnist report`'s file, and
# the time from the start of the view to the map's first frame is printed (FMNIST.metrics.embedding), with the time
# from navigation to the map drawn.
#
# usage: bench/dashboard-map.sh            LOADS=N (default 10)   RESULTS=DIR (default results/reference)
# needs: Debian's chromium and chromium-driver (installed here when missing), python3, a built fmnist-cli jar
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOADS="${LOADS:-10}"
RESULTS="${RESULTS:-$ROOT/results/reference}"
JAR="$ROOT/fmnist-cli/target/fmnist-cli.jar"
PORT="${PORT:-8791}"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  as_root apt-get install -y -qq chromium chromium-driver >/dev/null
fi
[ -f "$JAR" ] || (cd "$ROOT" && mvn -B -q -pl fmnist-cli -am package -DskipTests)

WORK="$(mktemp -d)"
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
mkdir -p "$WORK/maps"
java -jar "$JAR" embed fashion --method pca --out "$WORK/maps/pca.png" >/dev/null 2>&1
java -jar "$JAR" report --results "$RESULTS" "$WORK/maps" --out "$WORK/report.html"
java -jar "$JAR" serve --results "$RESULTS" "$WORK/maps" --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 100); do grep -q "dashboard at" "$WORK/serve.log" && break; sleep 0.2; done
echo "machine: $(nproc) cores, $(uname -sr), $(/usr/bin/chromium --version 2>/dev/null), load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$ROOT/bench/dashboard_map.py" "$LOADS" "http://127.0.0.1:$PORT/#view=embedding" "file://$WORK/report.html#view=embedding"
