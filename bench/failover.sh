#!/usr/bin/env bash
# The PostgreSQL failover's figures (BENCHMARKS.md, Failover): FailoverHaIT run RUNS times (default 3) against the
# jar and test classes that ./mvnw verify left in target/, each run's FAILOVER line, and the median of each figure.
# Needs what the ha profile needs: root, haproxy, patroni, etcd-server (README, Several instances).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
recover=() acknowledged=() found=() refused=()
for run in $(seq "$runs"); do
  if ! ./mvnw -B -Pha failsafe:integration-test failsafe:verify -Dit.test=FailoverHaIT > "$log" 2>&1; then
    tail -60 "$log" >&2
    exit 1
  fi
  line="$(grep '^FAILOVER:' "$log")"
  echo "run $run: ${line#FAILOVER: }"
  recover+=("$(grep -oP 'first 201 \K[0-9.]+' <<< "$line")")
  acknowledged+=("$(grep -oP '\K[0-9]+(?= attempts acknowledged)' <<< "$line")")
  found+=("$(grep -oP '\K[0-9]+(?= found on the new primary)' <<< "$line")")
  refused+=("$(grep -oP '\K[0-9]+(?= answers 503)' <<< "$line")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median of $runs runs: kill to first 201 $(median "${recover[@]}") s; attempts acknowledged $(median "${acknowledged[@]}")," \
  "found on the new primary $(median "${found[@]}"); writes answered 503 with Retry-After $(median "${refused[@]}")"
