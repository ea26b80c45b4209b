#!/usr/bin/env bash
# Figures for docs/benchmarks-walks.md: the public page of a walk with 500 pins (server time, payload) and the time
# to store a 5 MB photo. Runs fr.agora.walks.bench.WalkPageBenchmark (src/test/java) in production mode, on the
# local MariaDB server (database agora_bench_walks, dropped first) or an embedded one.
# Usage: bench/walks-bench.sh [pins] [runs]      SPDX-License-Identifier: AGPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./agora mvn -B -q -o -Pproduction package -DskipTests
./agora mvn -B -q -o -Pproduction test-compile dependency:build-classpath -Dmdep.outputFile=target/walks-bench-cp.txt \
  -Dmdep.includeScope=test >/dev/null
# production mode as in the packaged jar: its build info, and no development-mode jars on the class path
mkdir -p target/bench-prod
(cd target/bench-prod && unzip -o -q ../agora.jar META-INF/VAADIN/config/flow-build-info.json)
CP=$(tr ':' '\n' < target/walks-bench-cp.txt | grep -v -e vaadin-dev -e copilot | paste -sd:)
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx2g \
  -cp "target/bench-prod:target/classes:target/test-classes:$CP" fr.agora.walks.bench.WalkPageBenchmark "$@" 2>&1 \
  | grep -v -e WARN -e '^\s*at ' -e SLF4J
