#!/usr/bin/env bash
# The dashboard's performance figures, measured in Debian's headless Chromium (see DashboardBench): the table with
# 10,000 results (first table drawn, sort and filter to the next frame, a live update of one result), the report of
# the full grid on both datasets with one 10,000-point map (size, time to open from file://), and fmnist serve under
# 16 concurrent clients while a writer appends results (requests/s, p50, p99, errors). Needs chromium and
# chromium-driver (see ./test). Prints the figures and writes them to fmnist-dashboard/target/dashboard-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
export FMNIST_OFFLINE=1
mvn -B -q -o -pl fmnist-dashboard -am test -Pbrowser -Dtest=DashboardBench -Dfmnist.bench=true \
    -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat fmnist-dashboard/target/dashboard-bench.txt
