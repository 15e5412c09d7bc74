#!/bin/sh
# Load benchmark (issue 8): a synthetic region of 10,000 members in an in-process coopgraph on
# 127.0.0.1, then open-loop mixed reads and writes at a fixed rate; prints throughput, p50/p95/p99 per
# request kind, errors and the heap after. The rate limits are set far above the load for the run.
# Usage: bench/load.sh [minutes, default 10] [requests per second, default 200]
#                      [data-changing writes per minute, default 0: only suggestion feedback writes]
# The report is also written to api/target/load-report-<seconds>s.txt. CI runs the 60 s variant in ./mvnw verify.
set -e
cd "$(dirname "$0")/.."
MINUTES=${1:-10}
RATE=${2:-200}
VERSION_WRITES=${3:-0}
./mvnw -B -o -q -pl api -am test -Dtest=LoadRunTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcoopgraph.load.minutes="$MINUTES" -Dcoopgraph.load.rate="$RATE" \
  -Dcoopgraph.load.version-writes-per-minute="$VERSION_WRITES"
cat "api/target/load-report-$((MINUTES * 60))s.txt"
