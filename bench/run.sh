#!/usr/bin/env bash
# Benchmark of Quizbank against the limits of the same machine, measured side by side in one run.
#   bench/run.sh                 three runs, medians (RUNS=1 DURATION=5s for a quick look)
# Installs wrk and nginx from Debian's packages if missing, builds the service and trains its AOT
# cache with ./mvnw verify (SKIP_BUILD=1 to reuse target/), and for each run starts it on a fresh
# database with rate limiting off: once as a user without flags would (java -jar), once as
# docker/Dockerfile does (the AOT cache, -XX:+UseSerialGC -Xmx128m; BENCH_JAVA_OPTS to try others),
# which then takes the load. Ends with bench/startup.sh, start and memory beside the stack's floor
# (STARTUP=0 to skip it), and bench/statistics.sh (STATISTICS=0 to skip it).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-3}"
DURATION="${DURATION:-10s}"
PG_HOST="${PG_HOST:-127.0.0.1}"
APP_PORT=18090
MANAGEMENT_PORT=18092
NGINX_PORT=18091
JAVA="$(scripts/java-home.sh)/bin/java"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
WORK="$(mktemp -d)"
chmod 755 "$WORK"  # nginx workers read the file as their own user
APP_PID=""
NGINX_PID=""

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2> /dev/null && wait "$APP_PID" 2> /dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2> /dev/null || true
  for db in $(psql -h "$PG_HOST" -U postgres -Atc "select datname from pg_database where datname like 'quizbank_bench_%'"); do
    psql -h "$PG_HOST" -U postgres -qc "drop database if exists $db with (force)" > /dev/null
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v wrk > /dev/null || ! command -v nginx > /dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk nginx > /dev/null
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q verify
fi
test -s target/quarkus-app/app.aot || { echo "no AOT cache: run ./mvnw verify first" >&2; exit 1; }

# Each half of DURATION in the order A B B A, so that the host's speed drifting during the pair
# (seen: ±20% within a minute) weighs on both sides alike; each side's figures are its two halves' means.
HALF="$(( ${DURATION%s} > 1 ? ${DURATION%s} / 2 : 1 ))s"

wrk_half() { # NAME URL CONNECTIONS [wrk args...]
  local name="$1" url="$2" connections="$3"; shift 3
  wrk -t2 -c"$connections" -d"$HALF" --latency "$@" "$url" | awk -f bench/wrk-figures.awk | sed "s/^/$name /" >> "$WORK/halves-$RUN.txt"
}

pgbench_half() { # NAME: inserts at 64 clients; every transaction's latency is logged (column 3, µs)
  local tps
  tps=$("$PG_BIN/pgbench" -h "$PG_HOST" -U postgres -n -c 64 -j 2 -T "${HALF%s}" -l --log-prefix="$WORK/pgbench-$RUN-$2" \
    -f bench/insert.sql "$DB" | awk '/^tps/ { printf "%.0f", $3 }')
  cat "$WORK/pgbench-$RUN-$2".* | awk '{ print $3 / 1000 }' | sort -n \
    | awk -v tps="$tps" -v name="$1" '{ v[NR] = $1 } END { printf "%s %s %.2f %.2f 0\n", name, tps, v[int(NR * 0.5)], v[int(NR * 0.99)] }' \
    >> "$WORK/halves-$RUN.txt"
}

beside_pgbench() { # NAME SCRIPT: the service under a wrk script, in the order A B B A beside pgbench's inserts
  local name="$1" script="$2"
  wrk_half "$name" "http://127.0.0.1:$APP_PORT" 64 -s "$script"
  pgbench_half "pgbench_beside_$name" "$name-1"
  pgbench_half "pgbench_beside_$name" "$name-2"
  wrk_half "$name" "http://127.0.0.1:$APP_PORT" 64 -s "$script"
}

side_by_side() { # NAME_A URL_A NAME_B URL_B CONNECTIONS [wrk args...]
  local a="$1" url_a="$2" b="$3" url_b="$4" connections="$5"; shift 5
  wrk_half "$a" "$url_a" "$connections" "$@"
  wrk_half "$b" "$url_b" "$connections" "$@"
  wrk_half "$b" "$url_b" "$connections" "$@"
  wrk_half "$a" "$url_a" "$connections" "$@"
}

start_app() { # DATABASE FIGURE [JVM options...]: starts the jar from its directory, records the time to ready
  local database="$1" figure="$2"; shift 2
  local start
  start=$(date +%s%N)
  (cd target/quarkus-app && QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT QUIZ_RATE_LIMIT_ENABLED=false \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$OLDPWD/scripts/dev-jwt/public.pem" MP_JWT_VERIFY_ISSUER=https://quizbank.dev/dev-issuer \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:5432/$database" exec "$JAVA" "$@" -jar quarkus-run.jar) \
    > "$WORK/app-$RUN-$figure.log" 2>&1 &
  APP_PID=$!
  until curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" > /dev/null 2>&1; do
    kill -0 "$APP_PID" 2> /dev/null || { cat "$WORK/app-$RUN-$figure.log"; exit 1; }
    sleep 0.01
  done
  echo "$figure $(( ($(date +%s%N) - start) / 1000000 ))" | awk '{printf "%s %.3f\n", $1, $2 / 1000}' >> "$WORK/run-$RUN.txt"
}

mkdir -p "$WORK/www"
cat > "$WORK/nginx.conf" << NGINX
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    gzip_static on;
    location = /questions { default_type application/json; alias $WORK/www/questions.json; }
  }
}
NGINX

for RUN in $(seq "$RUNS"); do
  echo "== run $RUN of $RUNS"
  DB="quizbank_bench_$RUN"
  psql -h "$PG_HOST" -U postgres -qc "create database $DB"

  echo "   plain java -jar: start and a short load"
  psql -h "$PG_HOST" -U postgres -qc "create database ${DB}_plain"
  start_app "${DB}_plain" startup_plain_s
  wrk -t2 -c64 -d"$DURATION" "http://127.0.0.1:$APP_PORT/quizzes/chapter-20/questions" > /dev/null
  wrk -t2 -c64 -d"$DURATION" -s bench/post.lua "http://127.0.0.1:$APP_PORT" > /dev/null
  echo "rss_plain_mb $(( $(ps -o rss= -p "$APP_PID") / 1024 ))" >> "$WORK/run-$RUN.txt"
  kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""

  echo "   production flags"
  start_app "$DB" startup_s ${BENCH_JAVA_OPTS:--XX:AOTCache=app.aot -XX:+UseSerialGC -Xmx128m}

  # the identical bytes, for nginx
  curl -fs "http://127.0.0.1:$APP_PORT/quizzes/chapter-20/questions" -o "$WORK/www/questions.json"
  gzip -k -f "$WORK/www/questions.json"
  nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  sleep 0.5
  cmp -s "$WORK/www/questions.json" <(curl -fs "http://127.0.0.1:$NGINX_PORT/questions") \
    || { echo "nginx does not serve the same bytes"; cat "$WORK/nginx-error.log"; exit 1; }

  # Until the JIT has compiled the hot paths: on 2 cores shared with wrk and PostgreSQL, GET levels
  # off after ~15 s of load and POST after ~45 s (from ~2,000 to ~5,500 attempts/s).
  echo "   warming up"
  wrk -t2 -c32 -d20s "http://127.0.0.1:$APP_PORT/quizzes/chapter-20/questions" > /dev/null
  wrk -t2 -c64 -d45s -s bench/post.lua "http://127.0.0.1:$APP_PORT" > /dev/null
  wrk -t2 -c32 -d3s "http://127.0.0.1:$NGINX_PORT/questions" > /dev/null

  APP_GET="http://127.0.0.1:$APP_PORT/quizzes/chapter-20/questions"
  NGINX_GET="http://127.0.0.1:$NGINX_PORT/questions"
  for c in 32 64; do
    echo "   GET at $c connections, beside nginx"
    side_by_side "get_app_c$c" "$APP_GET" "get_nginx_c$c" "$NGINX_GET" "$c"
  done
  echo "   GET with gzip on both sides at 64 connections, beside nginx"
  side_by_side get_app_gz_c64 "$APP_GET" get_nginx_gz_c64 "$NGINX_GET" 64 -H 'Accept-Encoding: gzip'
  echo "   GET with a learner's token (verified once, then remembered), without and with gzip, beside nginx (which ignores it)"
  BEARER="Authorization: Bearer $(scripts/token.sh learner bench-reader)"
  side_by_side get_app_token_c64 "$APP_GET" get_nginx_token_c64 "$NGINX_GET" 64 -H "$BEARER"
  side_by_side get_app_token_gz_c64 "$APP_GET" get_nginx_token_gz_c64 "$NGINX_GET" 64 -H "$BEARER" -H 'Accept-Encoding: gzip'
  echo "   POST at 64 connections, beside pgbench inserts at 64 clients"
  wrk_half post_app_c64 "http://127.0.0.1:$APP_PORT" 64 -s bench/post.lua
  pgbench_half insert_pgbench_c64 1
  pgbench_half insert_pgbench_c64 2
  wrk_half post_app_c64 "http://127.0.0.1:$APP_PORT" 64 -s bench/post.lua
  echo "   POST with an Idempotency-Key of its own, beside pgbench"
  wrk -t2 -c64 -d10s -s bench/post-key.lua "http://127.0.0.1:$APP_PORT" > /dev/null
  beside_pgbench post_key_c64 bench/post-key.lua
  echo "   POST as 10,000 signed-in learners at a quiz with anonymous: false and maxAttempts, beside pgbench"
  curl -fsS "http://127.0.0.1:$APP_PORT/quizzes/chapter-20/source" -H 'Accept: application/json' \
    -H "Authorization: Bearer $(scripts/token.sh admin bench)" \
    | jq '.id = "bench-learners" | .settings.anonymous = false | .settings.maxAttempts = 1000000' \
    | curl -fsS -o /dev/null -X POST "http://127.0.0.1:$APP_PORT/quizzes" -H "Authorization: Bearer $(scripts/token.sh author bench)" \
      -H 'Content-Type: application/json' --data-binary @-
  # 10,000 learners, as many as sit an exam: few requests of one learner overlap on its lock, and each has few attempts.
  BURST_KEY=scripts/dev-jwt/private.pem BURST_ISSUER=https://quizbank.dev/dev-issuer \
    "$JAVA" bench/Burst.java tokens learner bench-learner- 10000 > "$WORK/tokens.txt"
  export TOKENS="$WORK/tokens.txt" QUIZ=bench-learners
  wrk -t2 -c64 -d10s -s bench/post-learner.lua "http://127.0.0.1:$APP_PORT" > /dev/null
  beside_pgbench post_learner_c64 bench/post-learner.lua
  echo "   POST of a 25-question sheet of every question type, beside the single-choice POST"
  curl -fsS -o /dev/null -X POST "http://127.0.0.1:$APP_PORT/quizzes" -H "Authorization: Bearer $(scripts/token.sh author bench)" \
    -H 'Content-Type: application/json' --data-binary @bench/bench-mixed.json
  wrk -t2 -c64 -d20s -s bench/post-mixed.lua "http://127.0.0.1:$APP_PORT" > /dev/null
  wrk_half post_single_c64 "http://127.0.0.1:$APP_PORT" 64 -s bench/post.lua
  wrk_half post_mixed_c64 "http://127.0.0.1:$APP_PORT" 64 -s bench/post-mixed.lua
  wrk_half post_mixed_c64 "http://127.0.0.1:$APP_PORT" 64 -s bench/post-mixed.lua
  wrk_half post_single_c64 "http://127.0.0.1:$APP_PORT" 64 -s bench/post.lua
  echo "   autosave of an attempt in progress (PUT /attempts/{id}/responses), beside the POST of the same sheet"
  seq 2000 | xargs -P 8 -I{} curl -fsS -X POST -H "Content-Type: application/json" "http://127.0.0.1:$APP_PORT/quizzes/chapter-20/attempts" \
    | grep -o '"id":"[0-9a-f-]*"' | cut -d'"' -f4 > "$WORK/attempts.txt"
  test "$(wc -l < "$WORK/attempts.txt")" -eq 2000 || { echo "could not start 2,000 attempts"; exit 1; }
  export ATTEMPTS="$WORK/attempts.txt"
  wrk -t2 -c64 -d20s -s bench/save.lua "http://127.0.0.1:$APP_PORT" > /dev/null
  wrk_half post_beside_save_c64 "http://127.0.0.1:$APP_PORT" 64 -s bench/post.lua
  wrk_half save_c64 "http://127.0.0.1:$APP_PORT" 64 -s bench/save.lua
  wrk_half save_c64 "http://127.0.0.1:$APP_PORT" 64 -s bench/save.lua
  wrk_half post_beside_save_c64 "http://127.0.0.1:$APP_PORT" 64 -s bench/post.lua
  echo "   the autosave beside pgbench"
  beside_pgbench save_pg_c64 bench/save.lua
  echo "   the lifecycle's submit with the final answers (POST /attempts/{id}/submit), beside pgbench"
  # Enough attempts in progress that none is submitted twice: started for longer than they are submitted.
  export STARTED="$WORK/started.txt"
  : > "$STARTED"
  wrk -t2 -c64 -d"$(( 3 * ${HALF%s} + 15 ))s" -s bench/start.lua "http://127.0.0.1:$APP_PORT" > /dev/null
  wrk -t2 -c64 -d10s -s bench/submit.lua "http://127.0.0.1:$APP_PORT" > /dev/null
  beside_pgbench submit_c64 bench/submit.lua
  started=$(wc -l < "$STARTED")
  submitted=$(psql -h "$PG_HOST" -U postgres -d "$DB" -Atc "select count(*) from quizbank.started_attempt where submitted_at is not null")
  echo "submit_ids $started $submitted" >> "$WORK/run-$RUN.txt"
  [ "$submitted" -lt "$started" ] || echo "   every started attempt was submitted: some submits were replays, and the figure is too kind"
  echo "rss_mb $(( $(ps -o rss= -p "$APP_PID") / 1024 ))" >> "$WORK/run-$RUN.txt"
  awk '{ n[$1]++; for (f = 2; f <= 4; f++) sum[$1, f] += $f; bad[$1] += $5 }
    END { for (k in n) printf "%s %.0f %.2f %.2f %d\n", k, sum[k, 2] / n[k], sum[k, 3] / n[k], sum[k, 4] / n[k], bad[k] }' \
    "$WORK/halves-$RUN.txt" >> "$WORK/run-$RUN.txt"

  kill "$NGINX_PID"; NGINX_PID=""
  kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""
  psql -h "$PG_HOST" -U postgres -qc "drop database $DB with (force)" -c "drop database ${DB}_plain with (force)"
  sed 's/^/   /' "$WORK/run-$RUN.txt"
done

# Medians over the runs; each ratio is taken within one run (side by side), then its median.
cat "$WORK"/run-*.txt | awk -v runs="$RUNS" '
  function med(a, n,   i, j, t) {
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  function median(key, field,   i, v) { for (i = 1; i <= count[key]; i++) v[i] = val[key, i, field]; return med(v, count[key]) }
  function ratio(key, limit,   i, v) { for (i = 1; i <= count[key]; i++) v[i] = val[key, i, 2] / val[limit, i, 2]; return med(v, count[key]) }
  function p99ratio(key, limit,   i, v) { for (i = 1; i <= count[key]; i++) v[i] = val[key, i, 4] / val[limit, i, 4]; return med(v, count[key]) }
  function beside(label, key, limit, limitLabel) {
    printf "%-32s %10.0f %9.2f %9.2f %11.2fx   p99 %.2fx, non-2xx %d\n", label, median(key, 2), median(key, 3), median(key, 4),
      ratio(key, limit), p99ratio(key, limit), median(key, 5)
    printf "%-32s %10.0f %9.2f %9.2f\n", "  " limitLabel, median(limit, 2), median(limit, 3), median(limit, 4)
  }
  { count[$1]++; for (f = 2; f <= NF; f++) val[$1, count[$1], f] = $f }
  END {
    printf "\nMedians of %d runs (2 cores, wrk on the same machine); ratios within each run, then their median\n", runs
    printf "%-32s %10s %9s %9s %12s\n", "figure", "req/s", "p50 ms", "p99 ms", "vs limit"
    for (c = 32; c <= 64; c *= 2) {
      a = "get_app_c" c; n = "get_nginx_c" c
      printf "%-32s %10.0f %9.2f %9.2f %11.2fx\n", "GET questions, " c " conns", median(a, 2), median(a, 3), median(a, 4), ratio(a, n)
      printf "%-32s %10.0f %9.2f %9.2f\n", "  nginx, same bytes", median(n, 2), median(n, 3), median(n, 4)
    }
    printf "%-32s %10.0f %9.2f %9.2f %11.2fx\n", "GET questions gzip, 64 conns", median("get_app_gz_c64", 2), median("get_app_gz_c64", 3), median("get_app_gz_c64", 4), ratio("get_app_gz_c64", "get_nginx_gz_c64")
    printf "%-32s %10.0f %9.2f %9.2f\n", "  nginx, gzip_static", median("get_nginx_gz_c64", 2), median("get_nginx_gz_c64", 3), median("get_nginx_gz_c64", 4)
    beside("GET with a token, 64 conns", "get_app_token_c64", "get_nginx_token_c64", "nginx, same bytes")
    beside("GET with a token, gzip", "get_app_token_gz_c64", "get_nginx_token_gz_c64", "nginx, gzip_static")
    printf "%-32s %10.0f %9.2f %9.2f %11.2fx\n", "POST attempts, 64 conns", median("post_app_c64", 2), median("post_app_c64", 3), median("post_app_c64", 4), ratio("post_app_c64", "insert_pgbench_c64")
    printf "%-32s %10.0f %9.2f %9.2f\n", "  pgbench inserts, 64 clients", median("insert_pgbench_c64", 2), median("insert_pgbench_c64", 3), median("insert_pgbench_c64", 4)
    printf "%-32s %10d\n", "  POST non-2xx responses", median("post_app_c64", 5)
    printf "%-32s %22s %9.2fx\n", "  POST p99 against pgbench p99", "", p99ratio("post_app_c64", "insert_pgbench_c64")
    beside("POST with an Idempotency-Key", "post_key_c64", "pgbench_beside_post_key_c64", "pgbench inserts, same pair")
    beside("POST as learners, maxAttempts", "post_learner_c64", "pgbench_beside_post_learner_c64", "pgbench inserts, same pair")
    beside("PUT autosave, beside pgbench", "save_pg_c64", "pgbench_beside_save_pg_c64", "pgbench inserts, same pair")
    beside("POST submit, final answers", "submit_c64", "pgbench_beside_submit_c64", "pgbench inserts, same pair")
    printf "%-32s %10.0f %9.2f %9.2f %11.2fx\n", "POST 25 mixed-type answers", median("post_mixed_c64", 2), median("post_mixed_c64", 3), median("post_mixed_c64", 4), ratio("post_mixed_c64", "post_single_c64")
    printf "%-32s %10.0f %9.2f %9.2f\n", "  single-choice POST, same pair", median("post_single_c64", 2), median("post_single_c64", 3), median("post_single_c64", 4)
    printf "%-32s %10d\n", "  mixed POST non-2xx responses", median("post_mixed_c64", 5)
    printf "%-32s %10.0f %9.2f %9.2f %11.2fx\n", "PUT autosave, 25 answers", median("save_c64", 2), median("save_c64", 3), median("save_c64", 4), ratio("save_c64", "post_beside_save_c64")
    printf "%-32s %10.0f %9.2f %9.2f\n", "  single-choice POST, same pair", median("post_beside_save_c64", 2), median("post_beside_save_c64", 3), median("post_beside_save_c64", 4)
    printf "%-32s %10d\n", "  autosave non-2xx responses", median("save_c64", 5)
    printf "%-32s %9.3f s\n", "startup to ready, AOT cache", median("startup_s", 2)
    printf "%-32s %9.3f s\n", "startup to ready, java -jar", median("startup_plain_s", 2)
    printf "%-32s %9d MB\n", "RSS after load, production flags", median("rss_mb", 2)
    printf "%-32s %9d MB\n", "RSS after load, java -jar", median("rss_plain_mb", 2)
  }'

if [ "${STARTUP:-1}" = 1 ]; then
  echo
  bench/startup.sh
fi

if [ "${STATISTICS:-1}" = 1 ]; then
  echo
  SKIP_BUILD=1 bench/statistics.sh
fi
