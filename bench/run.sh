#!/usr/bin/env bash
# Runs the contract benchmark on a generated network. Usage: bench/run.sh <data-dir>
# (the data directory of a network generated as README "Generate a large network" explains).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA_DIR=${1:?"data directory of a generated network, e.g. data/bench"}
./mvnw -q -DskipTests -Dspotless.check.skip=true package
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
CLASSPATH="target/classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench-classes && mkdir -p target/bench-classes
# The hand-written SQL and the shaping of both answers are shared with BenchmarkAnswersIntegrationTests.
javac --release 17 -cp "$CLASSPATH" -d target/bench-classes bench/src/org/trio/contract/internal/ContractBenchmark.java \
  src/test/java/org/trio/contract/internal/BenchmarkAnswers.java
java -Xmx8g -cp "target/bench-classes:$CLASSPATH" org.trio.contract.internal.ContractBenchmark \
  --trio.embedded-db.data-dir="$DATA_DIR"
