#!/usr/bin/env bash
# Full-data runs of the example network jobs (opt-in, long): each job file in examples/nn/ that names a network is
# run through its runner with RunJob; results go to neural/target/full-runs/<name>/ (summary.json + artifacts).
# Usage: neural/bench/run-full.sh [job-name ...]   (default: all nn-* examples). Needs scripts/fetch-data.sh first.
set -euo pipefail
export OMP_WAIT_POLICY=PASSIVE  # PyTorch OpenMP threads must not spin on a shared machine
cd "$(dirname "$0")/../.."
mvn -q -pl neural -am install -DskipTests
mvn -q -pl neural dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
CP="$(cat neural/target/cp.txt):neural/target/classes:neural/target/test-classes"
names=("$@")
if [[ ${#names[@]} -eq 0 ]]; then
  for f in examples/nn/*.json; do grep -q '"type": "nn-' "$f" && names+=("$(basename "$f" .json)"); done
fi
for n in "${names[@]}"; do
  echo "=== $n $(date -u +%H:%M:%S)"
  nice -n 10 java -cp "$CP" io.spinsim.neural.bench.RunJob "examples/nn/$n.json" "neural/target/full-runs/$n"
done
