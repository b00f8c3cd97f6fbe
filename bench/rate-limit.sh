#!/usr/bin/env bash
# What the shared rate limit (Bucket4j on PostgreSQL, RateLimiter) costs a POST /attempts: two instances of the
# packaged jar, each on a fresh database of its own, one with rate limiting off and one with it on under a budget no
# load reaches, take the same load in turns A B B A after a common warm-up, so that the host's drift weighs on both.
#   bench/rate-limit.sh        ROUNDS=3 rounds of 1,000 clients (X-Forwarded-For from the trusted proxy 127.0.0.1), then
#                              of one client, whose every request waits for the one bucket row
# Needs target/quarkus-app (./mvnw package -DskipTests or verify; the AOT cache is used when present), wrk, psql.
# Prints "round figure req/s p50_ms p99_ms non2xx" for each turn, then per number of clients the medians of each
# side and of the per-round ratios on/off.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-40s}"
PG_HOST="${PG_HOST:-127.0.0.1}"
PORT_OFF="${PORT_OFF:-20100}"
PORT_ON="${PORT_ON:-20102}"
JAVA="$(scripts/java-home.sh)/bin/java"
WORK="$(mktemp -d)"
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null && wait "$pid" 2> /dev/null || true; done
  for db in quizbank_bench_rl_off quizbank_bench_rl_on; do
    psql -h "$PG_HOST" -U postgres -qc "drop database if exists $db with (force)" > /dev/null
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

start() { # NAME PORT ENABLED
  local name="$1" port="$2" enabled="$3" cache=()
  psql -h "$PG_HOST" -U postgres -qc "drop database if exists quizbank_bench_rl_$name with (force)" -c "create database quizbank_bench_rl_$name"
  [ -s target/quarkus-app/app.aot ] && cache=(-XX:AOTCache=app.aot)
  (cd target/quarkus-app && QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1)) \
    QUIZ_RATE_LIMIT_ENABLED="$enabled" QUIZ_RATE_LIMIT_PER_SECOND=1000000 QUIZ_RATE_LIMIT_BURST=1000000 \
    QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
    QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:5432/quizbank_bench_rl_$name" \
    exec "$JAVA" "${cache[@]}" -XX:+UseSerialGC -Xmx128m -jar quarkus-run.jar) > "$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  until curl -fs "http://127.0.0.1:$((port + 1))/q/health/ready" > /dev/null 2>&1; do
    kill -0 "${PIDS[-1]}" 2> /dev/null || { cat "$WORK/$name.log"; exit 1; }
    sleep 0.05
  done
}

load() { # ROUND FIGURE PORT CLIENTS
  echo "$1 $2 $(CLIENTS="$4" wrk -t2 -c64 -d"$DURATION" --latency -s bench/post-clients.lua "http://127.0.0.1:$3" | awk -f bench/wrk-figures.awk)" \
    | tee -a "$WORK/figures.txt"
}

start off "$PORT_OFF" false
start on "$PORT_ON" true
echo "warming both up ($WARMUP each)"
CLIENTS=1000 wrk -t2 -c64 -d"$WARMUP" -s bench/post-clients.lua "http://127.0.0.1:$PORT_OFF" > /dev/null
CLIENTS=1000 wrk -t2 -c64 -d"$WARMUP" -s bench/post-clients.lua "http://127.0.0.1:$PORT_ON" > /dev/null
for round in $(seq "$ROUNDS"); do
  for clients in 1000 1; do
    load "$round" "off_$clients" "$PORT_OFF" "$clients"
    load "$round" "on_$clients" "$PORT_ON" "$clients"
    load "$round" "on_$clients" "$PORT_ON" "$clients"
    load "$round" "off_$clients" "$PORT_OFF" "$clients"
    echo "   buckets stored: $(psql -h "$PG_HOST" -U postgres -Atc 'select count(*) from quizbank.rate_limit_bucket' quizbank_bench_rl_on)"
  done
done
# Per round and side the mean of its two turns; per number of clients the medians over the rounds.
awk '{ key = $1 " " $2; rps[key] += $3; p99[key] += $5; n[key]++ }
  END {
    for (key in n) { split(key, k, " "); side = k[2]; sub(/_.*/, "", side); clients = k[2]; sub(/.*_/, "", clients)
      print clients, k[1], side, rps[key] / n[key], p99[key] / n[key] }
  }' "$WORK/figures.txt" | sort -k1,1n -k2,2n -k3,3 | awk '
  function median(list,   m, i, j, t, a) { m = split(list, a, " ")
    for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2 }
  { if ($3 == "off") { off[$1 " " $2] = $4; offp[$1 " " $2] = $5 } else { on[$1 " " $2] = $4; onp[$1 " " $2] = $5 } ; seen[$1] = 1 }
  END {
    for (c in seen) {
      ratios = ""; offs = ""; ons = ""; offps = ""; onps = ""
      for (key in on) { split(key, k, " "); if (k[1] != c) continue
        ratios = ratios " " on[key] / off[key]; offs = offs " " off[key]; ons = ons " " on[key]; offps = offps " " offp[key]; onps = onps " " onp[key] }
      printf "%s clients: off %.0f req/s p99 %.1f ms, on %.0f req/s p99 %.1f ms, on/off %.2f (medians of the rounds; ratios%s)\n",
        c, median(offs), median(offps), median(ons), median(onps), median(ratios), ratios
    }
  }'
