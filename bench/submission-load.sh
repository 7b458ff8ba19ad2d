#!/usr/bin/env bash
# Load bench of the submission path (issue 7): service-api alone on an embedded PostgreSQL, loopback only, and an
# open-loop client holding RATE submissions/s for SECONDS; prints throughput, errors and latency percentiles.
#   bench/submission-load.sh [RATE=200] [SECONDS=60] [WARMUP_SECONDS=90]  (the warm-up runs at RATE, not counted)
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${1:-200}
SECONDS_=${2:-60}
PORT=${SPINSIM_BENCH_PORT:-18480}
JAR=platform/target/spinsim.jar
[[ -f $JAR ]] || mvn -B -q -ntp -DskipTests install
mvn -B -q -ntp -pl platform test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
STATE=$(mktemp -d)
LOG=$STATE/api.log
SPINSIM_STATE_DIR=$STATE SPINSIM_API_PORT=$PORT java -Xmx1g -jar "$JAR" service api > "$LOG" 2>&1 &
API_PID=$!
trap 'kill $API_PID 2>/dev/null; wait $API_PID 2>/dev/null; rm -rf "$STATE"' EXIT
for _ in $(seq 1 180); do
  grep -q "spk_" "$LOG" 2>/dev/null && curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 1
done
ADMIN=$(grep -o 'spk_[0-9a-f]\{8\}_[A-Za-z0-9_-]\{43\}' "$LOG" | head -1)
KEY=$(curl -sf -X POST "http://127.0.0.1:$PORT/api/v1/keys" -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' \
  -d '{"name": "load bench", "roles": ["submit", "read"], "max_queued_jobs": 1000000}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
echo "service-api on 127.0.0.1:$PORT, embedded PostgreSQL; request: examples/llg/quickstart-thin-film.json"
java -Xmx512m -cp "platform/target/test-classes:$(cat platform/target/bench.cp)" \
  io.spinsim.platform.bench.SubmissionLoadBench "http://127.0.0.1:$PORT" "$KEY" \
  examples/llg/quickstart-thin-film.json "$RATE" "$SECONDS_" "${3:-90}"
