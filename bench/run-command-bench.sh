#!/usr/bin/env bash
# Time from the README's run command (./agora run) to the first served home page, warm and with empty caches.
#   warm:  this checkout, Maven repository populated, jar built before, ./data present
#   cold:  a fresh clone under target/, an EMPTY Maven local repository (everything downloaded from the
#          registry), no Node, no target/, no data/ (embedded MariaDB unpacked and installed, demo data loaded)
# Usage: bench/run-command-bench.sh [warm|cold|both]. Prints the figures. Uses port 18081.
# SPDX-License-Identifier: AGPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-both}"
export PORT=18081

time_run() { # $1 = checkout directory
  local dir=$1 t0 pid
  t0=$(date +%s%N)
  (cd "$dir" && exec ./agora run > run-bench.log 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/"; do
    sleep 0.2
    kill -0 $pid 2>/dev/null || { echo "./agora run s'est arrêté" >&2; tail -20 "$dir/run-bench.log" >&2; exit 1; }
  done
  echo "$(( ($(date +%s%N) - t0) / 1000000 )) ms"
  kill $pid 2>/dev/null || true  # ./agora run execs java: this is the portal's process
  wait $pid 2>/dev/null || true
  sleep 2
}

if [ "$MODE" != cold ]; then
  ./agora mvn -B -q -Pproduction package -DskipTests >/dev/null
  echo "warm ./agora run → first home page: $(time_run .)"
fi
if [ "$MODE" != warm ]; then
  scratch=$(pwd)/target/cold-run
  rm -rf "$scratch"
  mkdir -p "$scratch"
  git clone -q . "$scratch/agora"
  export MAVEN_OPTS="-Dmaven.repo.local=$scratch/m2"
  echo "cold ./agora run (fresh clone, empty Maven repository) → first home page: $(time_run "$scratch/agora")"
  echo "downloaded into the empty Maven repository: $(du -sh "$scratch/m2" | cut -f1)"
fi
