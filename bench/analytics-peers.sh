#!/usr/bin/env bash
# Benchmark of coopgraph's analytics against NetworkX and python-igraph on the same synthetic graphs,
# in the same run. Prints a table (also written to $OUT/results.md); nothing is asserted.
#   bench/analytics-peers.sh [outDir]        (default: target/bench-analytics)
# Environment: SIZES (default 10000,100000), PIVOTS (1000), SEED (42), REQUESTS (200),
#   COOPGRAPH_JAR (default api/target/coopgraph-api.jar, built if missing), PORT (18080).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(realpath -m "${1:-target/bench-analytics}")
JAR=${COOPGRAPH_JAR:-api/target/coopgraph-api.jar}
PORT=${PORT:-18080}
KEY=bench-$RANDOM$RANDOM
mkdir -p "$OUT"

# Peers: the Debian packages, used through the system interpreter on purpose.
if ! /usr/bin/python3 -c 'import networkx, igraph' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi
  $SUDO apt-get update -q && $SUDO apt-get install -y -q python3-networkx python3-igraph
fi
if [ ! -f "$JAR" ]; then
  ./mvnw -B -q -pl api -am package -DskipTests
fi

# A running coopgraph for the HTTP figures, on its own throw-away database.
APP_DATA=$(mktemp -d)
CLI_DATA=$(mktemp -d)
COOPGRAPH_DATA_DIR=$APP_DATA/neo4j COOPGRAPH_API_KEY=$KEY PORT=$PORT java -jar "$JAR" > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$APP_DATA" "$CLI_DATA"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null && break
  sleep 1
done

COOPGRAPH_DATA_DIR=$CLI_DATA/neo4j java -jar "$JAR" bench-analytics "$OUT" --sizes "${SIZES:-10000,100000}" \
  --pivots "${PIVOTS:-1000}" --seed "${SEED:-42}" --url "http://127.0.0.1:$PORT" --key "$KEY" \
  --requests "${REQUESTS:-200}"
# The app has done its part; stop it so the peers get both cores, as coopgraph had.
kill $APP; wait $APP 2>/dev/null || true

/usr/bin/python3 bench/analytics_peers.py "$OUT"
