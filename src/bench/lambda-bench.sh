#!/usr/bin/env bash
# Lambda harness (issue 8): measures the packaged function the way the AWS Java runtime runs it, next to a
# hello-world Funqy function built here with the same Quarkus version (the floor), and prints one JSON line
# per run and scenario. Not part of ./mvnw verify.
# Usage: [SCENARIOS="baseline summarize-html ..."] [SLOW=10] [SNAPSTART=1] [JVM_FLAGS=...] [JAVA_TOOL_OPTIONS=...] [SKIP_BUILD=1] \
#        [FAST=n] [FUNCTION_ENV="K=V ..."] \
#        src/bench/lambda-bench.sh [runs=3] [warm=50]
# SNAPSTART=1 runs every init as for a SnapStart snapshot (with our priming) and reports the time from the
# snapshot point to the first response. JVM_FLAGS replaces the managed runtime's JVM options (lambda_bench.py).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
RUNS=${1:-3}
WARM=${2:-50}
OUT=target/bench
mkdir -p "$OUT"

# 1. the AWS Lambda Runtime Interface Client and its dependencies
if [ ! -d "$OUT/ric" ]; then
  mkdir -p "$OUT/ric-pom"
  cat > "$OUT/ric-pom/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>ric</artifactId><version>1</version>
<dependencies><dependency><groupId>com.amazonaws</groupId>
<artifactId>aws-lambda-java-runtime-interface-client</artifactId><version>2.10.1</version></dependency></dependencies>
</project>
POM
  mvn -q -f "$OUT/ric-pom/pom.xml" dependency:copy-dependencies -DoutputDirectory="$PWD/$OUT/ric"
fi

# 2. the function, and the baseline: one @Funq echo on the same Quarkus, generated and packaged here
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f target/function.zip ]; then ./mvnw -B -q -DskipNpm package -DskipTests; fi
QUARKUS_VERSION=$(sed -n 's:.*<quarkus.version>\(.*\)</quarkus.version>.*:\1:p' pom.xml)
BASE="$OUT/baseline"
if [ ! -f "$BASE/target/function.zip" ]; then
  mkdir -p "$BASE/src/main/java/bench"
  cat > "$BASE/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>baseline</artifactId><version>1</version>
<properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
<dependencyManagement><dependencies><dependency><groupId>io.quarkus</groupId><artifactId>quarkus-bom</artifactId>
<version>$QUARKUS_VERSION</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>
<dependencies><dependency><groupId>io.quarkus</groupId><artifactId>quarkus-funqy-amazon-lambda</artifactId></dependency></dependencies>
<build><plugins><plugin><groupId>io.quarkus</groupId><artifactId>quarkus-maven-plugin</artifactId><version>$QUARKUS_VERSION</version>
<extensions>true</extensions><executions><execution><goals><goal>build</goal></goals></execution></executions></plugin></plugins></build>
</project>
POM
  cat > "$BASE/src/main/java/bench/Echo.java" <<'JAVA'
package bench;

import io.quarkus.funqy.Funq;
import java.util.Map;

public class Echo {
    @Funq("echo")
    public Map<String, Object> echo(Map<String, Object> input) {
        return Map.of("url", String.valueOf(input.get("url")), "length", String.valueOf(input.get("html")).length());
    }
}
JAVA
  mkdir -p "$BASE/src/main/resources" && echo "quarkus.banner.enabled=false" > "$BASE/src/main/resources/application.properties"
  ./mvnw -B -q -f "$BASE/pom.xml" package -DskipTests
fi

# 3. a local DynamoDB for the function (the baseline needs none), page servers and two stub models
DYNOXIDE=src/local-servers/node_modules/@dynoxide/linux-x64/dynoxide
[ -x "$DYNOXIDE" ] || (cd src/local-servers && npm install --no-audit --no-fund --loglevel=error)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT=$(free_port); PAGES=$(free_port); MODEL0=$(free_port); PAGES2=$(free_port); MODEL2=$(free_port)
"$DYNOXIDE" serve --host 127.0.0.1 --port "$PORT" >/dev/null 2>&1 &
PIDS="$!"
python3 src/bench/stub_servers.py --page-port "$PAGES" --model-port "$MODEL0" --model-delay-ms 0 &
PIDS="$PIDS $!"
python3 src/bench/stub_servers.py --page-port "$PAGES2" --model-port "$MODEL2" --model-delay-ms 2000 &
PIDS="$PIDS $!"
trap 'kill $PIDS 2>/dev/null || true' EXIT
sleep 1

# 4. the events; every "{n}" becomes a number of its own on each invocation (a new post each time)
python3 src/bench/bench_events.py "$OUT" "$PAGES" "$PAGES2"

# The function's settings: dynoxide with tables made here, as in AWS (the function creates none during its
# init); fetching from 127.0.0.1 is a test-only switch, needed here because the page servers are local.
COMMON=(--zip target/function.zip --ric-dir "$OUT/ric"
  --env QUARKUS_DYNAMODB_ENDPOINT_OVERRIDE="http://127.0.0.1:$PORT" --env QUARKUS_DYNAMODB_AWS_REGION=us-east-1
  --env QUARKUS_DYNAMODB_AWS_CREDENTIALS_TYPE=static
  --env QUARKUS_DYNAMODB_AWS_CREDENTIALS_STATIC_PROVIDER_ACCESS_KEY_ID=bench
  --env QUARKUS_DYNAMODB_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY=bench
  --env FETCH_ALLOW_LOOPBACK=true)
if [ -n "${JAVA_TOOL_OPTIONS:-}" ]; then COMMON+=(--env "JAVA_TOOL_OPTIONS=$JAVA_TOOL_OPTIONS"); fi
for pair in ${FUNCTION_ENV:-}; do COMMON+=(--env "$pair"); done   # e.g. FUNCTION_ENV="SNAPSTART_PRIMING=false"
model() {  # $1: port of a stub model → the settings of the openai provider pointed at it
  echo --env SUMMARIZER_PROVIDER=openai --env SUMMARIZER_MODEL=bench-model --env SUMMARIZER_API_KEY=bench \
       --env SUMMARIZER_BASE_URL="http://127.0.0.1:$1/v1" --env SUMMARIZER_MAX_RETRIES=0
}
SNAP=(); if [ -n "${SNAPSTART:-}" ]; then SNAP=(--snap-start); fi
if [ -n "${JVM_FLAGS:-}" ]; then SNAP+=(--jvm-flags "$JVM_FLAGS"); fi
bedrock() {  # $1: port of a stub model → the bedrock provider pointed at it (static keys: no credential lookup)
  echo --env SUMMARIZER_PROVIDER=bedrock --env SUMMARIZER_MODEL=bench-model --env SUMMARIZER_REGION=us-east-1 \
       --env SUMMARIZER_ENDPOINT_OVERRIDE="http://127.0.0.1:$1" --env SUMMARIZER_AWS_ACCESS_KEY_ID=bench \
       --env SUMMARIZER_AWS_SECRET_ACCESS_KEY=bench --env SUMMARIZER_MAX_RETRIES=0
}
bench() { python3 src/bench/lambda_bench.py "${SNAP[@]}" "$@"; }

SCENARIOS=${SCENARIOS:-baseline summarize-html http-get summarize-url-0ms summarize-url-2s queue-10-2s summarize-2mb}
SLOW=${SLOW:-10}   # warm invocations of the scenarios with a 2 s model and of the 2 MB page
FAST=${FAST:-$WARM}  # warm invocations of http-get and summarize-url-0ms
for i in $(seq 1 "$RUNS"); do
  python3 src/bench/create_table.py "http://127.0.0.1:$PORT" "bench-$i" "bench-url-$i" "bench-big-$i"
  for scenario in $SCENARIOS; do
    case $scenario in
      baseline) bench --label baseline --zip "$BASE/target/function.zip" --ric-dir "$OUT/ric" --export echo \
          --event "$OUT/event-html.json" --warm "$WARM" ;;
      summarize-html) bench --label "$scenario" "${COMMON[@]}" --env SUMMARIES_TABLE="bench-$i" \
          --export summarize --event "$OUT/event-html.json" --warm "$WARM" --expect '"status":"DONE"' \
          --save-first-response "$OUT/first-summary.json" ;;
      http-get)  # reads the post the summarize-html scenario stored first
        POST_ID=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["postId"])' "$OUT/first-summary.json")
        python3 src/bench/bench_events.py --http-get "$POST_ID" > "$OUT/event-http-get.json"
        bench --label "$scenario" "${COMMON[@]}" --env SUMMARIES_TABLE="bench-$i" \
          --export http --event "$OUT/event-http-get.json" --warm "$FAST" --expect '"statusCode":200' ;;
      summarize-url-0ms) bench --label "$scenario" "${COMMON[@]}" $(model "$MODEL0") \
          --env SUMMARIES_TABLE="bench-url-$i" --export summarize --event "$OUT/event-url-0ms.json" --warm "$FAST" \
          --expect '"status":"DONE"' ;;
      summarize-url-bedrock) bench --label "$scenario" "${COMMON[@]}" $(bedrock "$MODEL0") \
          --env SUMMARIES_TABLE="bench-url-$i" --export summarize --event "$OUT/event-url-0ms.json" --warm "$FAST" \
          --expect '"status":"DONE"' ;;
      summarize-url-2s) bench --label "$scenario" "${COMMON[@]}" $(model "$MODEL2") \
          --env SUMMARIES_TABLE="bench-url-$i" --export summarize --event "$OUT/event-url-2s.json" --warm "$SLOW" \
          --expect '"status":"DONE"' ;;
      queue-10-2s) bench --label "$scenario" "${COMMON[@]}" $(model "$MODEL2") \
          --env SUMMARIES_TABLE="bench-url-$i" --export queue --event "$OUT/event-queue-10.json" --warm "$SLOW" \
          --expect '"batchItemFailures":[]' ;;
      summarize-2mb)  # fetch + extract + store of a 2 MB page, offline summarizer
        bench --label "$scenario" "${COMMON[@]}" --env SUMMARIES_TABLE="bench-big-$i" --export summarize \
          --event "$OUT/event-url-2mb.json" --warm "$SLOW" --expect '"status":"DONE"' ;;
      *) echo "unknown scenario $scenario" >&2; exit 2 ;;
    esac
  done
done
echo "zip: $(stat -c %s target/function.zip) bytes, $(unzip -l target/function.zip | grep -c 'lib/.*\.jar') jars;" \
     "baseline zip: $(stat -c %s "$BASE/target/function.zip") bytes"
