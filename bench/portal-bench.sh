#!/usr/bin/env bash
# Portal figures for docs/benchmarks.md: start-up time (cold and warm) and server memory per logged-in session.
# Usage: bench/portal-bench.sh [sessions]   (builds target/agora.jar first if missing)
# Prints the figures; it is a measurement, not a test. Uses port 18080 and a scratch data dir under target/.
# SPDX-License-Identifier: AGPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/.."
SESSIONS="${1:-200}"
PORT=18080
DATA=target/bench-data
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -f target/agora.jar ] || ./agora mvn -B -q -Pproduction package -DskipTests

start_portal() {
  AGORA_DEMO=true "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx1g -jar target/agora.jar \
    --server.port=$PORT --agora.db.embedded-dir="$DATA/mariadb" > target/bench-portal.log 2>&1 &
  PID=$!
}

wait_home() {
  local t0=$1
  until curl -sf -o /dev/null "http://localhost:$PORT/"; do
    sleep 0.1
    kill -0 $PID 2>/dev/null || { echo "le portail s'est arrêté" >&2; tail -20 target/bench-portal.log >&2; exit 1; }
  done
  echo "$(( ($(date +%s%N) - t0) / 1000000 ))"
}

stop_portal() {
  kill $PID 2>/dev/null || true
  wait $PID 2>/dev/null || true
}

heap_used_kb() {
  "$JAVA_HOME/bin/jcmd" $PID GC.run >/dev/null
  sleep 1
  "$JAVA_HOME/bin/jcmd" $PID GC.run >/dev/null
  "$JAVA_HOME/bin/jcmd" $PID GC.heap_info | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {gsub("K","",$(i+1)); print $(i+1)}}'
}

echo "== start-up (java -jar → first home page HTTP 200) =="
rm -rf "$DATA"
t0=$(date +%s%N); start_portal; cold=$(wait_home "$t0"); stop_portal
t0=$(date +%s%N); start_portal; warm=$(wait_home "$t0")
echo "cold (empty data dir: MariaDB unpacked and installed, schema migrated, demo data loaded): ${cold} ms"
echo "warm (existing data dir): ${warm} ms"

echo "== memory per logged-in session ($SESSIONS sessions over HTTP: login, then a Vaadin UI navigated to /profil, as a browser does) =="
base=$(heap_used_kb)
shown=$(python3 bench/sessions.py "http://localhost:$PORT" "$SESSIONS" habitant@agora.demo Demo-Agora-2026 profil)
[ "$shown" = "$SESSIONS" ] || { echo "seules $shown sessions sur $SESSIONS affichent le profil" >&2; exit 1; }
after=$(heap_used_kb)
echo "heap used after GC: before ${base} KB, after ${after} KB"
echo "per session (HTTP client, worst case: the client never sends a second request): $(( (after - base) / SESSIONS )) KB"
stop_portal

echo "== the same with a real browser ($SESSIONS sessions in headless Chromium: login, then the Mon compte button) =="
./agora mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >&2
t0=$(date +%s%N); start_portal; wait_home "$t0" >/dev/null
base=$(heap_used_kb)
shown=$("$JAVA_HOME/bin/java" -cp "target/test-classes:$(cat target/bench-cp.txt)" fr.agora.bench.BrowserSessions \
  "http://localhost:$PORT" "$SESSIONS" habitant@agora.demo Demo-Agora-2026 2>/dev/null | tail -1)
[ "$shown" = "$SESSIONS" ] || { echo "seules $shown sessions sur $SESSIONS affichent le profil" >&2; exit 1; }
after=$(heap_used_kb)
echo "heap used after GC: before ${base} KB, after ${after} KB"
echo "per session (real browser; includes the login page's UI, kept until its heartbeat expires): $(( (after - base) / SESSIONS )) KB"
stop_portal
