# Sourced by the bench scripts: builds fmnist-bench (the whole-run harnesses: ClassicVsSklearn, EpochTimer) and sets
# BENCH_CP to its classes and their runtime dependencies, and JAVA to the java command (JAVA_HOME's, else the PATH's).
CP_FILE="$ROOT/fmnist-bench/target/harness-classpath.txt"
echo "building fmnist-bench..." >&2
(cd "$ROOT" && mvn -B -q -pl fmnist-bench -am package -DskipTests dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime) >&2
BENCH_CP="$ROOT/fmnist-bench/target/classes:$(cat "$CP_FILE")"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
