#!/usr/bin/env bash
# Figures for docs/benchmarks-plenary.md: N representatives voting on one motion within a window, through the path a
# browser uses (login form, Vaadin UI, push WebSocket, UIDL clicks), and the delay until every screen shows the final
# tally after the close. Runs fr.agora.plenary.bench.PlenaryVoteBenchmark (src/test/java) in production mode, on the
# local MariaDB server (database agora_bench_plenary, dropped first) or an embedded one.
# Usage: nice bench/plenary-bench.sh [voters] [window seconds]      SPDX-License-Identifier: AGPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./agora mvn -B -q -o -Pproduction package -DskipTests
./agora mvn -B -q -o -Pproduction test-compile dependency:build-classpath -Dmdep.outputFile=target/plenary-bench-cp.txt \
  -Dmdep.includeScope=test >/dev/null
mkdir -p target/bench-prod
(cd target/bench-prod && unzip -o -q ../agora.jar META-INF/VAADIN/config/flow-build-info.json)
CP=$(tr ':' '\n' < target/plenary-bench-cp.txt | grep -v -e vaadin-dev -e copilot | paste -sd:)
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx2g \
  -cp "target/bench-prod:target/classes:target/test-classes:$CP" fr.agora.plenary.bench.PlenaryVoteBenchmark "$@" 2>&1 \
  | grep -v -e WARN -e '^\s*at ' -e SLF4J
