#!/usr/bin/env bash
# A Spark standalone cluster on this machine, from Spark's jars alone, as separate processes on 127.0.0.1: a master
# and two workers (one core each). A small grid is submitted to it with spark-submit (org.apache.spark.deploy.
# SparkSubmit, client mode), one worker is killed with SIGKILL once the first job is recorded, and the grid must
# still complete with every job recorded once and the same results (accuracies, confusion matrices, seeds) as the
# local engine's run of the same grid. Prints each side's wall time; exits non-zero on any difference.
#
# usage: bench/spark-standalone.sh            (KEEP=1 keeps the work directory, with the cluster's logs)
#   GRID=FILE REPEATS=N   another grid and repeats (default: three quick configurations, 2 repeats); many short jobs
#                         show the scheduling overhead of a warm driver (the run's "Spark scheduling" line)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# SPARK_SCALA_VERSION: a worker needs it to launch executors from a Spark home that is not a Spark build
export FMNIST_OFFLINE=1 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=localhost SPARK_SCALA_VERSION=2.13

(cd "$ROOT" && mvn -B -q -DskipTests -Pspark -pl fmnist-spark -am package)
JAR="$(compgen -G "$ROOT/fmnist-spark/target/fmnist-spark-*.jar" | head -n 1)"
MODULE_OPTIONS="$(sed -n 's/.*<spark.module.options>\(.*\)<\/spark.module.options>.*/\1/p' "$ROOT/fmnist-spark/pom.xml")"
SPARK_VERSION="$(sed -n 's/.*<spark.version>\(.*\)<\/spark.version>.*/\1/p' "$ROOT/pom.xml")"

WORK="$(mktemp -d /tmp/fmnist-spark-standalone.XXXXXX)"
# Spark's own jars, all of them and nothing of fmnist's (fmnist-spark/target/spark-lib holds only those that
# fmnist's jar does not already bring): copied from the local repository by a POM that depends on spark-core alone.
mkdir -p "$WORK/pom"
cat >"$WORK/pom/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.fmnist.bench</groupId><artifactId>spark-jars</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-core_2.13</artifactId>
    <version>$SPARK_VERSION</version></dependency></dependencies>
</project>
POM
LIB="$WORK/spark-home/jars"
(cd "$WORK/pom" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
  -DoutputDirectory="$LIB")
PIDS=()
cleanup() {
  local p
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "work directory kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# A Spark home the workers can launch executors from: Spark's jars under jars/, and a RELEASE file that says so.
touch "$WORK/spark-home/RELEASE"
export SPARK_HOME="$WORK/spark-home"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT="$(free_port)"
MASTER="spark://127.0.0.1:$PORT"
# shellcheck disable=SC2086
"$JAVA" $MODULE_OPTIONS -Xmx512m -cp "$LIB/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$PORT" \
  --webui-port "$(free_port)" >"$WORK/master.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 60); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 1
done
WORKERS=()
for w in 1 2; do
  mkdir -p "$WORK/worker$w"
  # shellcheck disable=SC2086
  "$JAVA" $MODULE_OPTIONS -Xmx512m -cp "$LIB/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 \
    --cores 1 --memory 3g --webui-port "$(free_port)" --work-dir "$WORK/worker$w" "$MASTER" \
    >"$WORK/worker$w.log" 2>&1 &
  PIDS+=($!)
  WORKERS+=($!)
done

if [ -n "${GRID:-}" ]; then cp "$GRID" "$WORK/grid.json"; else
cat >"$WORK/grid.json" <<'GRID'
{"common": {}, "classifiers": {
  "GaussianNB": [{"priors": [[0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]]}],
  "DecisionTreeClassifier": [{"criterion": ["gini", "entropy"]}, {"splitter": ["best"]}, {"max_depth": [3]}]}}
GRID
fi
REPEATS="${REPEATS:-2}"

t0=$(date +%s)
# shellcheck disable=SC2086
"$JAVA" $MODULE_OPTIONS -cp "$LIB/*" org.apache.spark.deploy.SparkSubmit --master "$MASTER" \
  --conf spark.executor.memory=2g --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
  --conf "spark.driver.extraJavaOptions=$MODULE_OPTIONS" --class dev.fmnist.spark.SparkSubmitMain "$JAR" \
  --config "$WORK/grid.json" --repeats "$REPEATS" --workers 2 --out "$WORK/spark" >"$WORK/spark.log" 2>&1 &
submit=$!
# SIGKILL the first worker once the first job is recorded (its executor goes with it: it watches its worker)
until [ -s "$WORK/spark/repeats.jsonl" ] || ! kill -0 "$submit" 2>/dev/null; do sleep 1; done
kill -9 "${WORKERS[0]}" 2>/dev/null && echo "killed worker 1 (pid ${WORKERS[0]}) with SIGKILL after $(($(date +%s) - t0)) s" >&2
status=0
wait "$submit" || status=$?
t1=$(date +%s)
cat "$WORK/spark.log" | grep -v '^benchmark ' >&2 || true
if [ "$status" != 0 ]; then echo "spark-submit failed with exit code $status" >&2; exit 1; fi

"$ROOT/fmnist" benchmark --config "$WORK/grid.json" --repeats "$REPEATS" --workers 2 --out "$WORK/local" >/dev/null 2>&1
t2=$(date +%s)

python3 - "$WORK/spark" "$WORK/local" <<'PY'
import json, sys, collections
def results(d):
    rows = [json.loads(l) for l in open(d + "/results.jsonl")]
    return {r["name"] + json.dumps(r["parameter"], sort_keys=True): (r["status"], r["score"], r["confusion"], r["seeds"]) for r in rows}
spark, local = results(sys.argv[1]), results(sys.argv[2])
jobs = collections.Counter((r["name"], json.dumps(r["parameter"], sort_keys=True), r["repeat"])
                           for r in map(json.loads, open(sys.argv[1] + "/repeats.jsonl")))
twice = [j for j, n in jobs.items() if n > 1]
print(f"{len(spark)} configurations, {sum(jobs.values())} jobs on the cluster; recorded twice: {len(twice)}; "
      f"results equal to the local engine's: {spark == local}")
sys.exit(0 if spark == local and not twice and spark else 1)
PY
echo "wall time: standalone cluster (2 workers x 1 core, one killed) $((t1 - t0)) s; local engine $((t2 - t1)) s" >&2
