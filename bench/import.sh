#!/usr/bin/env bash
# Measures the import of the national dashboard's file. Usage:
#   bench/import.sh 50000        analyse and import 50,000 rows in one JVM, timing each step
#   bench/import.sh 500000 cli   write the file, then import it with the command line (--trio.import.tdb)
# Each run starts from an empty database in data/bench-import (removed first).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-50000}
MODE=${2:-import}
DATA_DIR=data/bench-import
./mvnw -q -DskipTests -Dspotless.check.skip=true package
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
# a copy of Trio's classes, so that a build running meanwhile does not change them under the measure
rm -rf target/bench-app-classes && cp -r target/classes target/bench-app-classes
CLASSPATH="target/bench-app-classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench-classes && mkdir -p target/bench-classes
javac --release 17 -cp "$CLASSPATH" -d target/bench-classes bench/src/org/trio/exchange/internal/ImportBenchmark.java
rm -rf "$DATA_DIR"
if [ "$MODE" = "cli" ]; then
  FILE=target/bench-import-$ROWS.csv
  OUT=$(java -Xmx8g -cp "target/bench-classes:$CLASSPATH" org.trio.exchange.internal.ImportBenchmark \
    --trio.embedded-db.data-dir="$DATA_DIR" --bench.rows="$ROWS" --bench.mode=file --bench.file="$FILE")
  echo "$OUT"
  NETWORK=$(echo "$OUT" | sed -n 's/^NETWORK=//p')
  START=$(date +%s)
  java -Xmx8g -cp "$CLASSPATH" org.trio.TrioApplication --trio.embedded-db.data-dir="$DATA_DIR" \
    --trio.demo.enabled=false --server.port=0 --logging.level.root=WARN \
    --trio.import.tdb="$FILE" --trio.import.network="$NETWORK"
  echo "Ligne de commande : $(( $(date +%s) - START )) s du lancement à la sortie (démarrage de Trio compris)"
else
  java -Xmx8g -cp "target/bench-classes:$CLASSPATH" org.trio.exchange.internal.ImportBenchmark \
    --trio.embedded-db.data-dir="$DATA_DIR" --bench.rows="$ROWS" --bench.mode=import
fi
