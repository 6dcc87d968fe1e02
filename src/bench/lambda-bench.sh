#!/usr/bin/env bash
# Lambda harness (issue 8): measures the packaged function the way the AWS Java runtime runs it, next to a
# hello-world Funqy function built here with the same Quarkus version (the floor), and prints one JSON line
# per run. Not part of ./mvnw verify. Usage: src/bench/lambda-bench.sh [runs=3] [warm=50]
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
./mvnw -B -q -o -DskipNpm package -DskipTests
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
  ./mvnw -B -q -o -f "$BASE/pom.xml" package -DskipTests
fi

# 3. a local DynamoDB for the function (the baseline needs none)
DYNOXIDE=src/local-servers/node_modules/@dynoxide/linux-x64/dynoxide
[ -x "$DYNOXIDE" ] || (cd src/local-servers && npm install --no-audit --no-fund --loglevel=error)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$DYNOXIDE" serve --host 127.0.0.1 --port "$PORT" >/dev/null 2>&1 &
DYN_PID=$!
trap 'kill $DYN_PID 2>/dev/null || true' EXIT
sleep 1

# 4. the event: summarize with the html input (no fetch), offline summarizer
python3 - "$OUT/event.json" <<'PY'
import json, sys
html = open("src/test/resources/pages/invision-thread.html", encoding="utf-8").read()
json.dump({"url": "https://forum.example.org/topic/1/", "html": html}, open(sys.argv[1], "w"))
PY

for i in $(seq 1 "$RUNS"); do
  python3 src/bench/lambda_bench.py --label baseline --zip "$BASE/target/function.zip" --ric-dir "$OUT/ric" \
    --export echo --event "$OUT/event.json" --warm "$WARM" --unique-urls
  python3 src/bench/lambda_bench.py --label summarize-html --zip target/function.zip --ric-dir "$OUT/ric" \
    --export summarize --event "$OUT/event.json" --warm "$WARM" --unique-urls \
    --env QUARKUS_DYNAMODB_ENDPOINT_OVERRIDE="http://127.0.0.1:$PORT" --env QUARKUS_DYNAMODB_AWS_REGION=us-east-1 \
    --env QUARKUS_DYNAMODB_AWS_CREDENTIALS_TYPE=static \
    --env QUARKUS_DYNAMODB_AWS_CREDENTIALS_STATIC_PROVIDER_ACCESS_KEY_ID=bench \
    --env QUARKUS_DYNAMODB_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY=bench \
    --env SUMMARIES_CREATE_TABLE=true --env SUMMARIES_TABLE="bench-$i"
done
echo "zip: $(stat -c %s target/function.zip) bytes, $(unzip -l target/function.zip | grep -c 'lib/.*\.jar') jars;" \
     "baseline zip: $(stat -c %s "$BASE/target/function.zip") bytes"
