#!/usr/bin/env bash
# Where a POST /attempts spends its CPU, beside pgbench inserting the same row (issue 26's profile, on demand):
#   bench/where.sh                  the build in target/quarkus-app (SKIP_BUILD=1: as it is, else ./mvnw verify first)
#   APPS="/tmp/a /tmp/b" bench/where.sh   two builds (quarkus-app directories) A/B in one run, in the order B A A B;
#                                   a build of an earlier commit: git worktree add --detach /tmp/rev 88a7d1c &&
#                                   (cd /tmp/rev && ./mvnw -B -q package -DskipTests), then /tmp/rev/target/quarkus-app
#   SCRIPTS="post post-key"         the wrk scripts measured (post, post-key and post-learner by default)
#   PROFILE=post-learner            the one profiled at the end (post by default; PROFILE= for none)
# Starts each build as docker/Dockerfile does on a fresh database (rate limiting off, the dev key trusted for the
# learners' tokens), warms POST up for 45 s, then for each wrk script and for pgbench: 10 s at 64 connections, with
# the CPU time each process used (the service's JVM, every PostgreSQL process, the load generator) divided by the
# requests answered. On a CPU-bound host the ratio of those sums bounds POST against pgbench. Then 10 s of the
# PROFILE script under async-profiler (tools.profiler:async-profiler from Maven Central, fetched into target/), its
# CPU samples grouped by what they were doing (bench/Buckets.java).
set -euo pipefail
cd "$(dirname "$0")/.."

PG_HOST="${PG_HOST:-127.0.0.1}"
APP_PORT=18097
MANAGEMENT_PORT=18098
APPS="${APPS:-target/quarkus-app}"
SCRIPTS="${SCRIPTS:-post post-key post-learner}"
PROFILE="${PROFILE-post}"
JAVA_HOME_25="$(scripts/java-home.sh)"
JAVA="$JAVA_HOME_25/bin/java"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
WORK="$(mktemp -d)"
DB="quizbank_bench_where"
APP_PID=""
PROFILER_VERSION=4.2
PROFILER="$PWD/target/async-profiler-$PROFILER_VERSION/linux-x64/libasyncProfiler.so"
BASE="http://127.0.0.1:$APP_PORT"

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2> /dev/null && wait "$APP_PID" 2> /dev/null || true
  psql -h "$PG_HOST" -U postgres -qc "drop database if exists $DB with (force)" > /dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

[ "${SKIP_BUILD:-0}" = 1 ] || [ "$APPS" != target/quarkus-app ] || ./mvnw -B -q verify
if [ -n "$PROFILE" ] && [ ! -s "$PROFILER" ]; then
  mkdir -p "target/async-profiler-$PROFILER_VERSION"
  curl -fsSL -o "$WORK/profiler.jar" \
    "https://repo.maven.apache.org/maven2/tools/profiler/async-profiler/$PROFILER_VERSION/async-profiler-$PROFILER_VERSION.jar"
  (cd "target/async-profiler-$PROFILER_VERSION" && unzip -qo "$WORK/profiler.jar" 'linux-x64/*')
fi
# 10,000 learners, as many as sit an exam: few requests of one learner overlap on its lock, and each has few attempts.
BURST_KEY=scripts/dev-jwt/private.pem BURST_ISSUER=https://quizbank.dev/dev-issuer \
  "$JAVA" bench/Burst.java tokens learner bench-learner- 10000 > "$WORK/tokens.txt"
export TOKENS="$WORK/tokens.txt" QUIZ=bench-learners

TICK=$(getconf CLK_TCK)
# CPU seconds × TICK so far: the JVM's own; PostgreSQL's, with the backends that have exited (the postmaster
# reaps them, so their time is in its children's columns).
jvm_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
pg_ticks() { for p in $(pgrep -x postgres); do awk '{ print $14 + $15 + $16 + $17 }' "/proc/$p/stat" 2> /dev/null; done | awk '{ s += $1 } END { print s + 0 }'; }

measure() { # LABEL NAME COMMAND...: runs the load (wrk or pgbench, under /usr/bin/time) and prints µs of CPU per request
  local label="$1" name="$2"; shift 2
  local j0 p0 out
  j0=$(jvm_ticks); p0=$(pg_ticks)
  out=$(/usr/bin/time -f 'LOADCPU %U %S' "$@" 2>&1)
  echo "$out" | awk -v label="$label" -v name="$name" -v j=$(( $(jvm_ticks) - j0 )) -v p=$(( $(pg_ticks) - p0 )) -v tick="$TICK" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { n = $2 * 10 } /^tps/ { n = $3 * 10 } /LOADCPU/ { load = $2 + $3 } $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    END { if (name == "pgbench") j = 0
      printf "%-6s %-13s %8.0f %8.1f %7.0f %9.0f %9.0f %9.0f %9.0f\n", label, name, n / 10, p99, bad + 0,
        j / tick / n * 1e6, p / tick / n * 1e6, load / n * 1e6, (j / tick + p / tick + load) / n * 1e6 }' | tee -a "$WORK/rows.txt"
}

start() { # DIR
  psql -h "$PG_HOST" -U postgres -qc "drop database if exists $DB with (force)" -c "create database $DB"
  (cd "$1" && QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT QUIZ_RATE_LIMIT_ENABLED=false \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$OLDPWD/scripts/dev-jwt/public.pem" MP_JWT_VERIFY_ISSUER=https://quizbank.dev/dev-issuer \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:5432/$DB" \
    exec "$JAVA" ${BENCH_JAVA_OPTS:--XX:AOTCache=app.aot -XX:+UseSerialGC -Xmx128m} -jar quarkus-run.jar) \
    > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" > /dev/null 2>&1; do
    kill -0 "$APP_PID" 2> /dev/null || { cat "$WORK/app.log"; exit 1; }
    sleep 0.1
  done
  curl -fsS "$BASE/quizzes/chapter-20/source" -H 'Accept: application/json' -H "Authorization: Bearer $(scripts/token.sh admin bench)" \
    | jq '.id = "bench-learners" | .settings.anonymous = false | .settings.maxAttempts = 1000000' \
    | curl -fsS -o /dev/null -X POST "$BASE/quizzes" -H "Authorization: Bearer $(scripts/token.sh author bench)" \
      -H 'Content-Type: application/json' --data-binary @-
  wrk -t2 -c64 -d45s -s bench/post.lua "$BASE" > /dev/null
}

stop() {
  kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""
}

read -ra apps <<< "$APPS"
order=("${apps[0]}")
# B A A B, so that the profile at the end is of B, the build under test.
[ "${#apps[@]}" -eq 1 ] || order=("${apps[1]}" "${apps[0]}" "${apps[0]}" "${apps[1]}")
echo "CPU per request, µs (10 s at 64 connections each, after 45 s of POST; JVM = the service, PostgreSQL = every process of it)"
printf "%-6s %-13s %8s %8s %7s %9s %9s %9s %9s\n" "build" "load" "req/s" "p99 ms" "non2xx" "JVM" "Postgres" "client" "sum"
for i in "${!order[@]}"; do
  app="${order[$i]}"
  label=A; [ "$app" = "${apps[0]}" ] || label=B
  start "$app"
  for script in $SCRIPTS; do
    wrk -t2 -c64 -d5s -s "bench/$script.lua" "$BASE" > /dev/null
    measure "$label" "$script" wrk -t2 -c64 -d10s --latency -s "bench/$script.lua" "$BASE"
  done
  measure "$label" pgbench "$PG_BIN/pgbench" -h "$PG_HOST" -U postgres -n -c 64 -j 2 -T 10 -f bench/insert.sql "$DB"
  [ "$i" -eq $(( ${#order[@]} - 1 )) ] && [ -n "$PROFILE" ] && break
  stop
done
if [ "${#apps[@]}" -gt 1 ]; then
  echo
  echo "Means of each build's two runs; B against A"
  awk '{ n[$1, $2]++; r[$1, $2] += $3; c[$1, $2] += $9; names[$2] = 1 }
    END { for (name in names) if (n["A", name] && n["B", name])
      printf "%-13s req/s %8.0f → %8.0f (%.2fx)   CPU/request %6.0f → %6.0f µs (%.2fx)\n", name,
        r["A", name] / n["A", name], r["B", name] / n["B", name], (r["B", name] / n["B", name]) / (r["A", name] / n["A", name]),
        c["A", name] / n["A", name], c["B", name] / n["B", name], (c["B", name] / n["B", name]) / (c["A", name] / n["A", name]) }' \
    "$WORK/rows.txt"
fi

[ -n "$PROFILE" ] || exit 0
echo
echo "== 10 s of bench/$PROFILE.lua under async-profiler (CPU, 1 ms) on ${apps[-1]}, grouped by what each sample was doing"
(wrk -t2 -c64 -d14s -s "bench/$PROFILE.lua" "$BASE" > /dev/null) &
LOAD_PID=$!
sleep 2
# One quoted argument: jcmd would read the option's '=' as its own name=value syntax.
"$JAVA_HOME_25/bin/jcmd" "$APP_PID" JVMTI.agent_load "$PROFILER" '"start,event=cpu,interval=1ms,threads"' > /dev/null
sleep 10
"$JAVA_HOME_25/bin/jcmd" "$APP_PID" JVMTI.agent_load "$PROFILER" "\"stop,file=$WORK/profile.collapsed,collapsed\"" > /dev/null
wait "$LOAD_PID"
"$JAVA" bench/Buckets.java "$WORK/profile.collapsed"
cp "$WORK/profile.collapsed" "target/where-$PROFILE.collapsed"
echo "(the stacks: target/where-$PROFILE.collapsed, for a flame graph or a closer look)"
