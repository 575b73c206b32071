#!/usr/bin/env bash
# Our classical families against scikit-learn 1.2 (Debian's python3-sklearn) on the same training and test rows of
# Fashion-MNIST, both standardized by a StandardScaler fitted on the training rows. For each configuration, ours
# then scikit-learn's run back to back (so that both see the same load on a shared machine); prints accuracy, fit
# and predict seconds of each and the ratios.
#
# usage: bench/classic-vs-sklearn.sh [Family:k=v,k=v ...]   (default: the best published configuration of each fast family)
#   TRAIN=N TEST=N   first N training / test rows (default 0: all 60,000 / 10,000)
#   THREADS=N        threads for ours (default 2; scikit-learn uses its defaults: one core except its BLAS)
#   SLOW=1           with no configurations given, also run SVC, LinearSVC and GradientBoosting (hours in scikit-learn)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY=/usr/bin/python3
TRAIN="${TRAIN:-0}"; TEST="${TEST:-0}"; THREADS="${THREADS:-2}"; SEED="${SEED:-1}"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-passive}"   # XGBoost's OpenMP threads: do not spin on a shared machine

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! "$PY" -c 'import sklearn, numpy' 2>/dev/null; then
  echo "installing Debian's python3-sklearn and python3-numpy..." >&2
  as_root apt-get install -y -qq python3-sklearn python3-numpy >/dev/null
fi

CONFIGS=("$@")
if [ ${#CONFIGS[@]} -eq 0 ]; then
  CONFIGS=(GaussianNB Perceptron:penalty=l1 PassiveAggressiveClassifier:C=1.0 SGDClassifier:loss=hinge,penalty=l2
    LogisticRegression:penalty=l1,C=1.0,multi_class=ovr
    DecisionTreeClassifier:criterion=entropy,max_depth=10 ExtraTreeClassifier:criterion=gini,max_depth=10
    RandomForestClassifier:criterion=entropy,max_depth=100,n_estimators=100
    KNeighborsClassifier:n_neighbors=5,weights=distance,p=2 KNeighborsClassifier:n_neighbors=5,weights=distance,p=1)
  if [ "${SLOW:-0}" = 1 ]; then
    CONFIGS+=(SVC:C=10.0,kernel=rbf LinearSVC:loss=hinge,C=1.0,multi_class=ovr,penalty=l2
      GradientBoostingClassifier:n_estimators=100,max_depth=10)
  fi
fi

source "$ROOT/bench/harness-classpath.sh"
ours() { "$JAVA" -Xmx8g -cp "$BENCH_CP" dev.fmnist.bench.ClassicVsSklearn fashion "$TRAIN" "$TEST" "$THREADS" "$SEED" "$1"; }

# The store fetches and verifies the data on the first run; scikit-learn then reads the same verified files.
DATA="${FMNIST_DATA:-${FMNIST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/fmnist}/fashion}"

echo "train rows: ${TRAIN/#0/all}, test rows: ${TEST/#0/all}, our threads: $THREADS, load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s %-50s %8s %8s %9s %9s %9s %9s %7s %7s\n' family parameters acc.ours acc.skl fit.ours fit.skl pred.ours pred.skl fit.x pred.x
for config in "${CONFIGS[@]}"; do
  o="$(ours "$config")"
  s="$("$PY" "$ROOT/bench/classic_vs_sklearn.py" "$DATA" "$TRAIN" "$TEST" "$SEED" "$config")"
  paste <(echo "$o") <(echo "$s") | awk -F'\t' '{
    printf "%-28s %-50s %8s %8s %9s %9s %9s %9s %7.2f %7.2f\n", $1, $2, $3, $8, $4, $9, $5, $10,
      ($9 > 0 ? $4 / $9 : 0), ($10 > 0 ? $5 / $10 : 0) }'
done
