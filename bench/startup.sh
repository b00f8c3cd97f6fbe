#!/usr/bin/env bash
# Start and memory of Quizbank beside the floor of its stack (bench/floor: quarkus-rest-jackson,
# hibernate-orm-panache, jdbc-postgresql and smallrye-openapi serving the same two endpoints and
# nothing else), each with its own trained AOT cache, the same JDK and the same flags, in one run.
#   bench/startup.sh             five rounds, medians (ROUNDS=N to change)
#   AGAINST=../old/target/quarkus-app bench/startup.sh
#                                also starts another build of the service (its own trained cache) in each
#                                round, fresh and restarted, and gives this build's times over that one's
# Needs target/quarkus-app with the cache ./mvnw verify trained (run.sh builds it); builds and trains
# the floor itself. Ready means the first 200 to GET /quizzes/chapter-20/questions on the API port,
# for both. Each round starts, in turn: the floor and the service on a fresh database each, then the
# service again on the database it has just migrated and filled (a restart). RSS is read after the
# same load on each: 10 s of GET questions and 10 s of POST attempts at 64 connections.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS="${ROUNDS:-5}"
PG_HOST="${PG_HOST:-127.0.0.1}"
PORT=18095
MANAGEMENT_PORT=18096
JAVA="$(scripts/java-home.sh)/bin/java"
FLAGS=(-XX:AOTCache=app.aot -XX:+UseSerialGC -Xmx128m)
WORK="$(mktemp -d)"
PID=""

cleanup() {
  [ -n "$PID" ] && kill "$PID" 2> /dev/null && wait "$PID" 2> /dev/null || true
  for db in $(psql -h "$PG_HOST" -U postgres -Atc "select datname from pg_database where datname like 'quizbank_start_%'"); do
    psql -h "$PG_HOST" -U postgres -qc "drop database if exists $db with (force)" > /dev/null
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

test -s target/quarkus-app/app.aot || { echo "no AOT cache for the service: run ./mvnw verify first" >&2; exit 1; }
command -v wrk > /dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null; }

fresh_database() { # NAME
  PGOPTIONS='-c client_min_messages=warning' psql -h "$PG_HOST" -U postgres -qc "drop database if exists $1 with (force)" -c "create database $1"
}

# The wait for the first 200 runs on bash builtins alone (/dev/tcp, read -t on a FIFO that never speaks): polling
# with curl and sleep forked two processes every 5 ms: 1.9 s of CPU in 2.8 s, taken from the start it was timing.
mkfifo "$WORK/never"
exec 9<> "$WORK/never"

answers_questions() {
  local status=""
  { exec 3<> "/dev/tcp/127.0.0.1/$PORT"; } 2> /dev/null || return 1
  printf 'GET /quizzes/chapter-20/questions HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
  IFS= read -r -t 5 status <&3 || true
  exec 3<&- 3>&-
  [[ $status == "HTTP/1.1 200"* ]]
}

start() { # DIR DATABASE [JVM options...]: starts the jar in DIR and waits for the first GET questions
  local dir="$1" database="$2"; shift 2
  local began=$EPOCHREALTIME
  (cd "$dir" && QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT QUIZ_RATE_LIMIT_ENABLED=false \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:5432/$database" exec "$JAVA" "$@" -jar quarkus-run.jar) \
    > "$WORK/app.log" 2>&1 &
  PID=$!
  until answers_questions; do
    kill -0 "$PID" 2> /dev/null || { cat "$WORK/app.log" >&2; exit 1; }
    read -r -t 0.005 -u 9 || true
  done
  READY_S=$(awk -v from="$began" -v to="$EPOCHREALTIME" 'BEGIN { printf "%.3f", to - from }')
}

stop() {
  kill "$PID"; wait "$PID" 2> /dev/null || true; PID=""
}

load() {
  wrk -t2 -c64 -d10s "http://127.0.0.1:$PORT/quizzes/chapter-20/questions" > /dev/null
  wrk -t2 -c64 -d10s -s bench/post.lua "http://127.0.0.1:$PORT" > /dev/null
}

rss_mb() {
  echo $(( $(ps -o rss= -p "$PID") / 1024 ))
}

echo "== building the floor and training its cache on the same load"
(cd bench/floor && ../../mvnw -B -q package -DskipTests)
rm -f bench/floor/target/quarkus-app/app.aot
fresh_database quizbank_start_floor
start bench/floor/target/quarkus-app quizbank_start_floor -XX:AOTCacheOutput=app.aot -XX:+UseSerialGC -Xmx128m
load
stop
test -s bench/floor/target/quarkus-app/app.aot || { echo "the floor's cache was not written" >&2; exit 1; }

for round in $(seq "$ROUNDS"); do
  fresh_database quizbank_start_floor
  start bench/floor/target/quarkus-app quizbank_start_floor "${FLAGS[@]}"
  floor_s=$READY_S
  load
  floor_rss=$(rss_mb)
  stop

  fresh_database quizbank_start_service
  start target/quarkus-app quizbank_start_service "${FLAGS[@]}"
  fresh_s=$READY_S
  load
  service_rss=$(rss_mb)
  stop

  start target/quarkus-app quizbank_start_service "${FLAGS[@]}"
  restart_s=$READY_S
  stop
  echo "round $round: floor $floor_s s, $floor_rss MB; service fresh $fresh_s s, restart $restart_s s, $service_rss MB" \
    | tee -a "$WORK/rounds.txt"

  if [ -n "${AGAINST:-}" ]; then
    fresh_database quizbank_start_against
    start "$AGAINST" quizbank_start_against "${FLAGS[@]}"
    against_fresh_s=$READY_S
    stop
    start "$AGAINST" quizbank_start_against "${FLAGS[@]}"
    against_restart_s=$READY_S
    stop
    echo "round $round: against fresh $against_fresh_s s, restart $against_restart_s s; this build fresh $fresh_s s, restart $restart_s s" \
      | tee -a "$WORK/against.txt"
  fi
done

if [ -n "${AGAINST:-}" ]; then
  awk -v against="$AGAINST" '
    function med(a, n,   i, j, t) {
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { n++; af[n] = $5; ar[n] = $8; rf[n] = $13 / $5; rr[n] = $16 / $8 }
    END {
      printf "\nThis build against %s, medians of %d rounds\n", against, n
      printf "%-34s %8.3f s, this build %5.2fx it\n", "other build, fresh database", med(af, n), med(rf, n)
      printf "%-34s %8.3f s, this build %5.2fx it\n", "other build, restart", med(ar, n), med(rr, n)
    }' "$WORK/against.txt"
fi

# Ratios are taken within each round (side by side), then their median.
awk '
  function med(a, n,   i, j, t) {
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  { n++; floor[n] = $4; floorRss[n] = $6; fresh[n] = $10; restart[n] = $13; rss[n] = $15
    rFresh[n] = $10 / $4; rRestart[n] = $13 / $4; rRss[n] = $15 / $6 }
  END {
    printf "\nMedians of %d rounds (same JDK, flags -XX:AOTCache=app.aot -XX:+UseSerialGC -Xmx128m)\n", n
    printf "%-34s %8.3f s\n", "floor, ready", med(floor, n)
    printf "%-34s %8.3f s %7.2fx floor (target 1.5)\n", "service, fresh database", med(fresh, n), med(rFresh, n)
    printf "%-34s %8.3f s %7.2fx floor (target 1.25)\n", "service, restart", med(restart, n), med(rRestart, n)
    printf "%-34s %8d MB\n", "floor, RSS after the load", med(floorRss, n)
    printf "%-34s %8d MB %6.2fx floor (target 1.1)\n", "service, RSS after the load", med(rss, n), med(rRss, n)
  }' "$WORK/rounds.txt"
