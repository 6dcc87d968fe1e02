#!/usr/bin/env bash
# Before/after for issue 8: runs the Lambda harness on two checkouts in turn, one run each per round, so that
# the machine's noise falls on both alike, plus the variants of the current checkout (C2 compiler on;
# SnapStart init with and without priming). Prints the medians per scenario (median_runs.py).
# Usage: src/bench/compare.sh BEFORE_CHECKOUT [rounds=5] [warm=1000] [fast=300]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
BEFORE=$(cd "$1" && pwd); ROUNDS=${2:-5}; WARM=${3:-1000}; FAST=${4:-300}
OUT=target/bench/compare-$(date +%Y%m%d-%H%M%S).jsonl
mkdir -p target/bench
./mvnw -B -q -DskipNpm package -DskipTests
(cd "$BEFORE" && ./mvnw -B -q -DskipNpm package -DskipTests)
cp -r src/bench/. "$BEFORE/src/bench/"   # the same harness on both sides
tag() { sed -u "s/^{\"label\": \"/{\"label\": \"$1 /"; }
for round in $(seq 1 "$ROUNDS"); do
  (cd "$BEFORE" && SKIP_BUILD=1 FAST=$FAST src/bench/lambda-bench.sh 1 "$WARM") | grep '^{' | tag before | tee -a "$OUT"
  SKIP_BUILD=1 FAST=$FAST src/bench/lambda-bench.sh 1 "$WARM" | grep '^{' | tag after | tee -a "$OUT"
  SKIP_BUILD=1 FAST=$FAST SCENARIOS="summarize-html summarize-url-0ms" \
    JVM_FLAGS="-XX:+TieredCompilation -XX:+UseSerialGC -Xmx880m" src/bench/lambda-bench.sh 1 "$WARM" \
    | grep '^{' | tag after | tee -a "$OUT"
  for priming in true false; do
    SKIP_BUILD=1 FAST=$FAST SNAPSTART=1 FUNCTION_ENV="SNAPSTART_PRIMING=$priming" \
      SCENARIOS="baseline summarize-html http-get summarize-url-0ms" src/bench/lambda-bench.sh 1 50 \
      | grep '^{' | tag "after priming=$priming" | tee -a "$OUT"
  done
done
echo "zip before: $(stat -c %s "$BEFORE/target/function.zip") bytes," \
     "$(unzip -l "$BEFORE/target/function.zip" | grep -c 'lib/.*\.jar') jars;" \
     "after: $(stat -c %s target/function.zip) bytes, $(unzip -l target/function.zip | grep -c 'lib/.*\.jar') jars"
python3 src/bench/median_runs.py "$OUT"
