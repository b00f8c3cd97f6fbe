#!/usr/bin/env bash
# The exam burst (BENCHMARKS.md, "Exam burst"): 10,000 learners, each with its own token, submit a started attempt within
# 60 s at a fixed arrival rate, on one instance; then as many one-shot POST /attempts at the same rate.
#   bench/burst.sh               LEARNERS=10000 WINDOW=60 BOUND_MS=100 WARMUP=5000; SKIP_BUILD=1 reuses target/
# Starts target/quarkus-app as docker/Dockerfile does (AOT cache, -XX:+UseSerialGC -Xmx128m) on a fresh
# database, rate limiting off, trusting only a key pair made here for the run. Publishes chapter-20's questions
# as quiz `burst` (and `burst-warmup`) with `anonymous: false`. A warm-up round on `burst-warmup` (WARMUP
# learners, not judged; started and one-shot) lets the JIT compile both paths first, as a service that has
# been up for a while would have.
# Then, per learner: start and autosave (set-up, timed apart), and the burst of submits (bench/Burst.java,
# open model, latency from each request's scheduled send). Checks in SQL that exactly LEARNERS attempts are
# graded and none is left in progress. Exits non-zero if a request failed, a count is off or a p99 > BOUND_MS.
set -euo pipefail
cd "$(dirname "$0")/.."

LEARNERS="${LEARNERS:-10000}"
WINDOW="${WINDOW:-60}"  # seconds; not SECONDS, which bash keeps for itself
WARMUP="${WARMUP:-5000}"
export BOUND_MS="${BOUND_MS:-100}"
PG_HOST="${PG_HOST:-127.0.0.1}"
APP_PORT=18290
MANAGEMENT_PORT=18292
BASE="http://127.0.0.1:$APP_PORT"
JAVA="$(scripts/java-home.sh)/bin/java"
WORK="$(mktemp -d)"
DB="quizbank_burst_$$"
APP_PID=""

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2> /dev/null && wait "$APP_PID" 2> /dev/null || true
  psql -h "$PG_HOST" -U postgres -qc "drop database if exists $DB with (force)" > /dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q verify
fi
test -s target/quarkus-app/app.aot || { echo "no AOT cache: run ./mvnw verify first" >&2; exit 1; }

# A key pair for this run alone: the instance trusts its public half, bench/Burst.java signs with the other.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2> /dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
export BURST_KEY="$WORK/private.pem" BURST_ISSUER="https://quizbank.bench/burst"
burst() { "$JAVA" bench/Burst.java "$@"; }

psql -h "$PG_HOST" -U postgres -qc "create database $DB"
(cd target/quarkus-app && QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT QUIZ_RATE_LIMIT_ENABLED=false \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/public.pem" MP_JWT_VERIFY_ISSUER="$BURST_ISSUER" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:5432/$DB" \
  exec "$JAVA" ${BENCH_JAVA_OPTS:--XX:AOTCache=app.aot -XX:+UseSerialGC -Xmx128m} -jar quarkus-run.jar) > "$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" > /dev/null 2>&1; do
  kill -0 "$APP_PID" 2> /dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 0.1
done

curl -fsS "$BASE/quizzes/chapter-20/source" -H 'Accept: application/json' \
  -H "Authorization: Bearer $(burst token admin bench-admin)" > "$WORK/chapter-20.json"
AUTHOR="$(burst token author bench-author)"
for quiz in burst-warmup burst; do
  jq --arg id "$quiz" '.id = $id | .title = "Exam burst" | .settings.anonymous = false' "$WORK/chapter-20.json" \
    | curl -fsS -o /dev/null -X POST "$BASE/quizzes" -H "Authorization: Bearer $AUTHOR" \
      -H 'Content-Type: application/json' --data-binary @-
done

sql() { psql -h "$PG_HOST" -U postgres -d "$DB" -Atc "$1"; }
status=0
counts=ok
if [ "$WARMUP" -gt 0 ]; then
  echo "== warm-up, not judged: $WARMUP learners on burst-warmup, started and one-shot"
  warm_window="$(( WINDOW * WARMUP / LEARNERS > 0 ? WINDOW * WARMUP / LEARNERS : 1 ))"
  { BOUND_MS=1000000 burst lifecycle "$BASE" burst-warmup warmup- "$WARMUP" "$warm_window" \
      && BOUND_MS=1000000 burst oneshot "$BASE" burst-warmup warmup-oneshot- "$WARMUP" "$warm_window"; } | sed 's/^/   /' \
    || echo "   the warm-up had failures (above)"
fi

echo "== exam burst: $LEARNERS learners submit within $WINDOW s"
burst lifecycle "$BASE" burst learner- "$LEARNERS" "$WINDOW" | tee "$WORK/lifecycle.txt" || status=1
graded="$(sql "select count(*) from quizbank.attempt where quiz_id = 'burst' and learner_id like 'learner-%'")"
learners="$(sql "select count(distinct learner_id) from quizbank.attempt where quiz_id = 'burst'")"
open="$(sql "select count(*) from quizbank.started_attempt where quiz_id = 'burst' and submitted_at is null")"
echo "SQL: $graded attempts graded ($learners learners), $open left in progress"
[ "$graded" = "$LEARNERS" ] && [ "$learners" = "$LEARNERS" ] && [ "$open" = 0 ] || { echo "counts off"; counts=off; status=1; }

echo "== one-shot burst: $LEARNERS learners POST /attempts within $WINDOW s"
burst oneshot "$BASE" burst oneshot- "$LEARNERS" "$WINDOW" | tee "$WORK/oneshot.txt" || status=1
oneshots="$(sql "select count(*) from quizbank.attempt where quiz_id = 'burst' and learner_id like 'oneshot-%'")"
echo "SQL: $oneshots one-shot attempts graded"
[ "$oneshots" = "$LEARNERS" ] || { echo "counts off"; counts=off; status=1; }

figures() { sed -n 's/^[a-z-]*: [0-9]* requests in [0-9.]* s ([0-9]*\/s, open model), //p' "$1" | grep . || echo "(no figures)"; }
echo
echo "Exam burst, 1 instance, $LEARNERS learners in $WINDOW s ($(( (LEARNERS + WINDOW / 2) / WINDOW ))/s, open model):" \
  "submit $(figures "$WORK/lifecycle.txt"); one-shot POST /attempts $(figures "$WORK/oneshot.txt");" \
  "$([ "$counts" = ok ] && echo "SQL counts exact" || echo "SQL counts OFF") ($(date -u +%F), $(git describe --always --dirty))"
exit "$status"
