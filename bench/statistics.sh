#!/usr/bin/env bash
# Benchmark of GET /quizzes/{id}/statistics on the packaged service:
#   bench/statistics.sh            100,000 and 1,000,000 attempts, 5 requests each, medians, of chapter-20
#                                  (single choice) and of bench/bench-mixed.json (25 questions of all seven types)
#   SIZES="10000 100000" REQUESTS=3 bench/statistics.sh
# Attempts are written straight into the attempt table (random choices, one learner in ten anonymous),
# as the service stores them; the service then computes every figure in one pass over them.
# Then the same under load: POST /attempts from 64 wrk connections, alone and beside a client that
# asks for the statistics of 100,000 attempts over and over; the POST p99 of both is printed.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${SIZES:-100000 1000000}"
REQUESTS="${REQUESTS:-5}"
DURATION="${DURATION:-10s}"
PG_HOST="${PG_HOST:-127.0.0.1}"
APP_PORT=18093
MANAGEMENT_PORT=18094
DB="quizbank_bench_statistics"
APP_PID=""

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2> /dev/null && wait "$APP_PID" 2> /dev/null || true
  psql -h "$PG_HOST" -U postgres -qc "drop database if exists $DB with (force)" > /dev/null || true
}
trap cleanup EXIT

command -v wrk > /dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null; }
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -B -q package -DskipTests

psql -h "$PG_HOST" -U postgres -qc "drop database if exists $DB with (force)" -c "create database $DB"
QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT QUIZ_RATE_LIMIT_ENABLED=false \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION=scripts/dev-jwt/public.pem MP_JWT_VERIFY_ISSUER=https://quizbank.dev/dev-issuer \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:5432/$DB" \
  "$(scripts/java-home.sh)/bin/java" -XX:+UseSerialGC -Xmx128m -jar target/quarkus-app/quarkus-run.jar > /dev/null 2>&1 &
APP_PID=$!
until curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" > /dev/null 2>&1; do sleep 0.5; done
AUTHOR="$(scripts/token.sh author bench)"   # owns bench-mixed, which it publishes below
ADMIN="$(scripts/token.sh admin bench)"     # chapter-20 is bundled: role admin reads its statistics

seed() { # TOTAL: grow the attempt table of chapter-20 to TOTAL rows
  psql -h "$PG_HOST" -U postgres -d "$DB" -qc "
    insert into quizbank.attempt (id, quiz_id, quiz_version, submitted_at, score, answered, choices, learner_id)
    select gen_random_uuid(), 'chapter-20', 1, now() - (n || ' seconds')::interval, 0, 0,
           (select decode(string_agg(lpad(to_hex(floor(random() * 5)::int), 2, '0'), ''), 'hex')
            from generate_series(1, 25) where n > 0),
           case when n % 10 = 0 then null else 'learner-' || (n % 50000) end
    from generate_series(1, $1 - (select count(*) from quizbank.attempt)) n"
}

timed() { # URL [TOKEN]: seconds of one request, as admin unless a token is given; an answer other than 200 fails
  curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer ${2:-$ADMIN}" "$1"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The question types of bench/bench-mixed.json in order, as bench/mixed-rows.sql spells them.
MIXED_LAYOUT="S4 M4 M5 M4 T X X N N G3:4 G2:2 O4 O4 O4 S4 M4 M5 M4 T X X N N G3:4 G2:2"
curl -fs -o /dev/null -H "Authorization: Bearer $AUTHOR" -H 'Content-Type: application/json' \
  --data-binary @bench/bench-mixed.json "http://127.0.0.1:$APP_PORT/quizzes"
seed_mixed() { # TOTAL: grow the attempt table of bench-mixed to TOTAL rows, copies of 5,000 random ones
  psql -h "$PG_HOST" -U postgres -d "$DB" -q -v ON_ERROR_STOP=1 -v layout="$MIXED_LAYOUT" -v pool=5000 -v total="$1" -f bench/mixed-rows.sql
}

for SIZE in $SIZES; do
  seed_mixed "$SIZE"
  curl -fs -H "Authorization: Bearer $AUTHOR" "http://127.0.0.1:$APP_PORT/quizzes/bench-mixed/statistics" \
    | grep -q "\"attempts\":$SIZE," || { echo "bench-mixed statistics do not count $SIZE attempts" >&2; exit 1; }
  MIXED=$(for _ in $(seq "$REQUESTS"); do timed "http://127.0.0.1:$APP_PORT/quizzes/bench-mixed/statistics" "$AUTHOR"; done | median)
  printf 'statistics of %d attempts of every type: p50 %.3f s (all)\n' "$SIZE" "$MIXED"
done
psql -h "$PG_HOST" -U postgres -d "$DB" -qc "delete from quizbank.attempt where quiz_id = 'bench-mixed'"

for SIZE in $SIZES; do
  seed "$SIZE"
  timed "http://127.0.0.1:$APP_PORT/quizzes/chapter-20/statistics" > /dev/null
  ALL=$(for _ in $(seq "$REQUESTS"); do timed "http://127.0.0.1:$APP_PORT/quizzes/chapter-20/statistics"; done | median)
  FIRST=$(for _ in $(seq "$REQUESTS"); do timed "http://127.0.0.1:$APP_PORT/quizzes/chapter-20/statistics?attempts=first"; done | median)
  printf 'statistics of %d attempts: p50 %.3f s (all), %.3f s (first per learner)\n' "$SIZE" "$ALL" "$FIRST"
done

wrk_p99() { awk '$1 == "99%" { print $2 }'; }
psql -h "$PG_HOST" -U postgres -d "$DB" -qc "delete from quizbank.attempt where ctid in (select ctid from quizbank.attempt offset 100000)"
ALONE=$(wrk -t2 -c64 -d"$DURATION" --latency -s bench/post.lua "http://127.0.0.1:$APP_PORT" | wrk_p99)
( end=$((SECONDS + ${DURATION%s})); while [ $SECONDS -lt $end ]; do timed "http://127.0.0.1:$APP_PORT/quizzes/chapter-20/statistics" > /dev/null; done ) &
STATISTICS_PID=$!
BESIDE=$(wrk -t2 -c64 -d"$DURATION" --latency -s bench/post.lua "http://127.0.0.1:$APP_PORT" | wrk_p99)
wait "$STATISTICS_PID"
printf 'POST /attempts p99 at 64 connections: %s alone, %s beside repeated statistics requests\n' "$ALONE" "$BESIDE"
