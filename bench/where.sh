#!/usr/bin/env bash
# Where a POST /attempts spends its CPU, beside pgbench inserting the same row (issue 26's profile, on demand):
#   bench/where.sh               SKIP_BUILD=1 to reuse target/; SCRIPTS="post post-key" to choose the wrk scripts,
#                                PROFILE=post-learner the one profiled at the end (post by default)
# Starts target/quarkus-app as docker/Dockerfile does on a fresh database (rate limiting off, the dev key trusted
# for the learner variant), warms POST up for 45 s, then for each wrk script and for pgbench: 10 s at 64
# connections, with the CPU time each process used (the service's JVM, every PostgreSQL process, the load
# generator) divided by the requests answered. On a CPU-bound host the ratio of those sums is the ceiling of
# POST against pgbench. Then 10 s of POST under async-profiler (tools.profiler:async-profiler from Maven
# Central, fetched into target/), its CPU samples grouped by what they were doing (bench/Buckets.java).
set -euo pipefail
cd "$(dirname "$0")/.."

PG_HOST="${PG_HOST:-127.0.0.1}"
APP_PORT=18097
MANAGEMENT_PORT=18098
SCRIPTS="${SCRIPTS:-post post-key post-learner}"
PROFILE="${PROFILE:-post}"  # the wrk script profiled at the end
JAVA_HOME_25="$(scripts/java-home.sh)"
JAVA="$JAVA_HOME_25/bin/java"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
WORK="$(mktemp -d)"
DB="quizbank_bench_where"
APP_PID=""
PROFILER_VERSION=4.2
PROFILER="target/async-profiler-$PROFILER_VERSION/linux-x64/libasyncProfiler.so"

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2> /dev/null && wait "$APP_PID" 2> /dev/null || true
  psql -h "$PG_HOST" -U postgres -qc "drop database if exists $DB with (force)" > /dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -B -q verify
if [ ! -s "$PROFILER" ]; then
  mkdir -p "target/async-profiler-$PROFILER_VERSION"
  curl -fsSL -o "$WORK/profiler.jar" \
    "https://repo.maven.apache.org/maven2/tools/profiler/async-profiler/$PROFILER_VERSION/async-profiler-$PROFILER_VERSION.jar"
  (cd "target/async-profiler-$PROFILER_VERSION" && unzip -qo "$WORK/profiler.jar" 'linux-x64/*')
fi

TICK=$(getconf CLK_TCK)
# CPU seconds × TICK so far: the JVM's own; PostgreSQL's, with the backends that have exited (the postmaster
# reaps them, so their time is in its children's columns).
jvm_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
pg_ticks() { for p in $(pgrep -x postgres); do awk '{ print $14 + $15 + $16 + $17 }' "/proc/$p/stat" 2> /dev/null; done | awk '{ s += $1 } END { print s + 0 }'; }

measure() { # NAME COMMAND...: runs the load (wrk or pgbench, under /usr/bin/time) and prints µs of CPU per request
  local name="$1"; shift
  local j0 p0 out
  j0=$(jvm_ticks); p0=$(pg_ticks)
  out=$(/usr/bin/time -f 'LOADCPU %U %S' "$@" 2>&1)
  echo "$out" | awk -v name="$name" -v j=$(( $(jvm_ticks) - j0 )) -v p=$(( $(pg_ticks) - p0 )) -v tick="$TICK" '
    /Requests\/sec/ { n = $2 * 10 } /^tps/ { n = $3 * 10 } /LOADCPU/ { load = $2 + $3 }
    END { if (name ~ /pgbench/) j = 0
      printf "%-14s %8.0f/s %9.0f %9.0f %9.0f %9.0f\n", name, n / 10, j / tick / n * 1e6, p / tick / n * 1e6, load / n * 1e6,
        (j / tick + p / tick + load) / n * 1e6 }'
}

psql -h "$PG_HOST" -U postgres -qc "drop database if exists $DB with (force)" -c "create database $DB"
(cd target/quarkus-app && QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT QUIZ_RATE_LIMIT_ENABLED=false \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$OLDPWD/scripts/dev-jwt/public.pem" MP_JWT_VERIFY_ISSUER=https://quizbank.dev/dev-issuer \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:5432/$DB" \
  exec "$JAVA_HOME_25/bin/java" ${BENCH_JAVA_OPTS:--XX:AOTCache=app.aot -XX:+UseSerialGC -Xmx128m} -jar quarkus-run.jar) \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" > /dev/null 2>&1; do
  kill -0 "$APP_PID" 2> /dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 0.1
done
BASE="http://127.0.0.1:$APP_PORT"
curl -fsS "$BASE/quizzes/chapter-20/source" -H 'Accept: application/json' -H "Authorization: Bearer $(scripts/token.sh admin bench)" \
  | jq '.id = "bench-learners" | .settings.anonymous = false | .settings.maxAttempts = 1000000' \
  | curl -fsS -o /dev/null -X POST "$BASE/quizzes" -H "Authorization: Bearer $(scripts/token.sh author bench)" \
    -H 'Content-Type: application/json' --data-binary @-
# 10,000 learners, as many as sit an exam: few requests of one learner overlap on its lock, and each has few attempts.
BURST_KEY=scripts/dev-jwt/private.pem BURST_ISSUER=https://quizbank.dev/dev-issuer \
  "$JAVA" bench/Burst.java tokens learner bench-learner- 10000 > "$WORK/tokens.txt"
export TOKENS="$WORK/tokens.txt" QUIZ=bench-learners

echo "== warming up: 45 s of POST"
wrk -t2 -c64 -d45s -s bench/post.lua "$BASE" > /dev/null
echo
echo "CPU per request, µs (10 s at 64 connections each; JVM = the service, PostgreSQL = every backend and helper)"
printf "%-14s %10s %9s %9s %9s %9s\n" "load" "rate" "JVM" "Postgres" "client" "sum"
for script in $SCRIPTS; do
  wrk -t2 -c64 -d5s -s "bench/$script.lua" "$BASE" > /dev/null
  measure "$script" wrk -t2 -c64 -d10s -s "bench/$script.lua" "$BASE"
done
measure pgbench "$PG_BIN/pgbench" -h "$PG_HOST" -U postgres -n -c 64 -j 2 -T 10 -f bench/insert.sql "$DB"

echo
echo "== 10 s of bench/$PROFILE.lua under async-profiler (CPU, 1 ms), grouped by what each sample was doing"
(wrk -t2 -c64 -d14s -s "bench/$PROFILE.lua" "$BASE" > /dev/null) &
LOAD_PID=$!
sleep 2
JCMD="$JAVA_HOME_25/bin/jcmd"
# One quoted argument: jcmd would read the option's '=' as its own name=value syntax.
"$JCMD" "$APP_PID" JVMTI.agent_load "$PWD/$PROFILER" '"start,event=cpu,interval=1ms,threads"' > /dev/null
sleep 10
"$JCMD" "$APP_PID" JVMTI.agent_load "$PWD/$PROFILER" "\"stop,file=$WORK/profile.collapsed,collapsed\"" > /dev/null
wait "$LOAD_PID"
"$JAVA_HOME_25/bin/java" bench/Buckets.java "$WORK/profile.collapsed"
cp "$WORK/profile.collapsed" "target/where-$PROFILE.collapsed"
echo "(the stacks: target/where-$PROFILE.collapsed, for a flame graph or a closer look)"
