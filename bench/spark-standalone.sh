#!/usr/bin/env bash
# A Spark standalone cluster on this machine, from Spark's jars alone, as separate processes on 127.0.0.1: a master
# and two workers (one core each). A small grid is submitted to it with spark-submit (org.apache.spark.deploy.
# SparkSubmit, client mode, a driver JVM of its own), one worker is killed with SIGKILL once the first job is
# recorded, and the grid must still complete with every job recorded once and the same results (accuracies,
# confusion matrices, seeds) as the local engine's run of the same grid. This is fmnist-spark's integration test
# StandaloneClusterIT (which ./test runs with the default grid), run alone: it prints each side's wall time and the
# engine's scheduling line, and exits non-zero on any difference. Logs, results and the report stay in
# fmnist-spark/target/standalone-cluster/.
#
# usage: bench/spark-standalone.sh
#   GRID=FILE REPEATS=N   another grid and repeats (default: five quick configurations, 2 repeats); many short jobs:
#                         GRID=bench/grids/spark-many.json REPEATS=2 (twenty decision trees)
#                         show the scheduling overhead of a warm driver (the run's "Spark scheduling" line)
#   SPARK_CONF="K=V ..."  Spark settings for the driver, e.g. an event log:
#                         SPARK_CONF="spark.eventLog.enabled=true spark.eventLog.dir=$PWD/target/eventlog"
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export FMNIST_OFFLINE=1
args=(-Dfmnist.standalone.repeats="${REPEATS:-2}" -Dfmnist.standalone.conf="${SPARK_CONF:-}")
if [ -n "${GRID:-}" ]; then args+=(-Dfmnist.standalone.grid="$(realpath "$GRID")"); fi
status=0
(cd "$ROOT" && mvn -B -q -Pspark -pl fmnist-spark -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=StandaloneClusterIT -Dfailsafe.failIfNoSpecifiedTests=false "${args[@]}") >&2 || status=$?
cat "$ROOT/fmnist-spark/target/standalone-cluster/report.txt" 2>/dev/null || true
exit "$status"
