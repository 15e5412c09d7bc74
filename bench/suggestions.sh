#!/bin/sh
# Suggestion benchmark: one member and all members of a seeded synthetic region (default 10,000 members),
# then NetworkX's Adamic-Adar on the same graph as the reference. Usage: bench/suggestions.sh [members] [seed]
set -e
cd "$(dirname "$0")/.."
MEMBERS=${1:-10000}
SEED=${2:-20240301}
OUT=api/target/bench-suggestions
./mvnw -B -q -o -pl api -am test-compile -Dspring-boot.repackage.skip=true
./mvnw -B -q -o -pl api dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP=api/target/test-classes:api/target/classes:analytics/target/classes:fixtures/target/classes:graph-model/target/classes
CP=$CP:$(tr ':' '\n' < api/target/bench-classpath.txt | grep -v '/org/coopgraph/' | paste -sd: -)
java -Xmx3g -cp "$CP" org.coopgraph.api.suggestions.SuggestionsBench "$MEMBERS" "$OUT" "$SEED"
if ! /usr/bin/python3 -c 'import networkx' 2>/dev/null; then
  echo "NetworkX missing: apt-get install -y python3-networkx" >&2
  exit 1
fi
/usr/bin/python3 bench/suggestions_networkx.py "$OUT"
