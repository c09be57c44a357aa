#!/usr/bin/env bash
# The purge benchmark (docs/BENCHMARKS.md, "## Sync"): 10,000 URLs against the local stand-in at a
# 10 req/s limit with seeded random 429s, the run killed (kill -9) halfway and resumed. It takes
# about 35 minutes by design: the limit, not the machine, sets the pace. Options (all optional):
#   --urls 10000 --rate 10 --p429 0.02 --reset-ms 300 --seed 42 --pending-ms 5000
# A quick look: scripts/bench-purge.sh --urls 600 --rate 50
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cp_file="$root/sync/target/bench-classpath.txt"
# Compiled in the reactor (never installed: the shared ~/.m2 keeps its SNAPSHOTs), then run on the
# sync module's test class path.
mvn -q -B -o -pl sync -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
exec java -cp "sync/target/test-classes:sync/target/classes:$(cat "$cp_file")" io.mediadesk.sync.bench.PurgeBench "$@"
