#!/usr/bin/env bash
# Three instances of the packaged service (target/quarkus-app) behind HAProxy (deploy/haproxy.cfg), all on
# 127.0.0.1, each with its own ports, log and pid file in a run directory.
#
#   deploy/instances.sh start        HAProxy and the three instances, waits until HAProxy sees them up
#   deploy/instances.sh stop         the instances (gracefully: SIGTERM) and HAProxy
#   deploy/instances.sh restart N    stops instance N gracefully and starts it again (a rolling update, one step)
#   deploy/instances.sh roll         restart 1, 2 and 3 in turn: a rolling update without a failed request
#   deploy/instances.sh status       HAProxy's view of the instances
#
# Ports (defaults from QUIZBANK_BASE_PORT=20200): HAProxy on BASE (the public port) and BASE+1 (/stats),
# instance N's API on BASE+10+N and its management interface on BASE+20+N. The database is the one in
# QUARKUS_DATASOURCE_JDBC_URL (default: the local PostgreSQL), for example the Patroni cluster's
# multi-host URL that deploy/patroni.sh prints. QUIZBANK_RUN_DIR (default /tmp/quizbank-deploy) keeps the
# logs and pid files. Any other QUARKUS_* or QUIZ_* variable reaches the instances as it is.
set -euo pipefail
here="$(cd "$(dirname -- "$0")/.." && pwd)"
run_dir="${QUIZBANK_RUN_DIR:-/tmp/quizbank-deploy}"
base="${QUIZBANK_BASE_PORT:-20200}"
export QUIZBANK_LB_PORT="${QUIZBANK_LB_PORT:-$base}"
export QUIZBANK_LB_STATS_PORT="${QUIZBANK_LB_STATS_PORT:-$((base + 1))}"
for n in 1 2 3; do
  export "QUIZBANK_APP${n}_ADDR=127.0.0.1:$((base + 10 + n))" "QUIZBANK_APP${n}_MGMT=$((base + 20 + n))"
done
export QUARKUS_DATASOURCE_JDBC_URL="${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/postgres}"
# The client address the rate limit keys on is the one HAProxy saw, which it sets in X-Forwarded-For.
export QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
  QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1

pid_of() { cat "$run_dir/$1.pid" 2> /dev/null || true; }
alive() { local pid; pid="$(pid_of "$1")"; [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; }

# The instance's view: ready on its management port.
await_ready() {
  local n=$1 mgmt
  mgmt="$(eval echo "\$QUIZBANK_APP${n}_MGMT")"
  for _ in $(seq 120); do
    curl -fsS "http://127.0.0.1:$mgmt/q/health/ready" > /dev/null 2>&1 && return 0
    alive "app$n" || { echo "instance $n exited:" >&2; tail -30 "$run_dir/app$n.log" >&2; return 1; }
    sleep 0.5
  done
  echo "instance $n not ready after 60 s; see $run_dir/app$n.log" >&2
  return 1
}

# HAProxy's view: the server is UP in its stats, so it takes requests again.
await_up() {
  for _ in $(seq 40); do
    curl -fsS "http://127.0.0.1:$QUIZBANK_LB_STATS_PORT/stats;csv" | awk -F, -v s="app$1" '$2 == s { print $18 }' | grep -qx UP && return 0
    sleep 0.25
  done
  echo "HAProxy does not see instance $1 up" >&2
  return 1
}

start_instance() {
  local n=$1
  alive "app$n" && { echo "instance $n already runs (pid $(pid_of "app$n"))"; return 0; }
  QUARKUS_HTTP_PORT="$((base + 10 + n))" QUARKUS_MANAGEMENT_PORT="$(eval echo "\$QUIZBANK_APP${n}_MGMT")" \
    nohup "$here/scripts/run.sh" > "$run_dir/app$n.log" 2>&1 &
  echo $! > "$run_dir/app$n.pid"
}

# SIGTERM: readiness goes DOWN at once, the instance serves on for quarkus.shutdown.delay while HAProxy's
# checks take it out, then finishes what it has in flight (quarkus.shutdown.timeout) and exits.
stop_instance() {
  local n=$1 pid
  pid="$(pid_of "app$n")"
  if [ -n "$pid" ] && kill "$pid" 2> /dev/null; then
    for _ in $(seq 60); do kill -0 "$pid" 2> /dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2> /dev/null && { echo "instance $n still running after 30 s: killed" >&2; kill -9 "$pid"; }
  fi
  rm -f "$run_dir/app$n.pid"
}

start() {
  mkdir -p "$run_dir"
  if ! alive haproxy; then
    haproxy -c -q -f "$here/deploy/haproxy.cfg"
    nohup haproxy -db -f "$here/deploy/haproxy.cfg" > "$run_dir/haproxy.log" 2>&1 &
    echo $! > "$run_dir/haproxy.pid"
  fi
  for n in 1 2 3; do start_instance "$n"; done
  for n in 1 2 3; do await_ready "$n" && await_up "$n"; done
  echo "Quizbank on http://127.0.0.1:$QUIZBANK_LB_PORT (HAProxy's stats: http://127.0.0.1:$QUIZBANK_LB_STATS_PORT/stats)"
}

stop() {
  for n in 1 2 3; do stop_instance "$n" & done
  wait
  local pid
  pid="$(pid_of haproxy)"
  [ -n "$pid" ] && kill "$pid" 2> /dev/null || true
  rm -f "$run_dir/haproxy.pid"
}

restart() {
  stop_instance "$1"
  start_instance "$1"
  await_ready "$1" && await_up "$1"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) [[ "${2:-}" =~ ^[123]$ ]] || { echo "usage: $0 restart 1|2|3" >&2; exit 2; }; restart "$2" ;;
  roll) for n in 1 2 3; do restart "$n"; done ;;
  status) curl -fsS "http://127.0.0.1:$QUIZBANK_LB_STATS_PORT/stats;csv" | awk -F, '$1 == "instances" { print $2, $18 }' ;;
  *) echo "usage: $0 start|stop|restart N|roll|status" >&2; exit 2 ;;
esac
